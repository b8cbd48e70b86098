/**
 * What the header's buttons do, handed over by the workbench once it is loaded. The shell (sidebar
 * and header) is drawn before antd and the dialogs behind these commands are on the page, so its
 * buttons read the commands from this store and stay disabled until they are there.
 */
import { useSyncExternalStore } from 'react';

export interface ShellCommands {
  startImport: () => void;
  startMerge: () => void;
  startExport: () => void;
  openReviewPack: () => void;
  openUndoHistory: () => void;
}

let current: ShellCommands | null = null;
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The workbench's commands, or null while it is loading. */
export function useShellCommands(): ShellCommands | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Called by the workbench when it mounts; the returned function withdraws the commands. */
export function provideShellCommands(commands: ShellCommands): () => void {
  current = commands;
  for (const listener of listeners) listener();
  return () => {
    if (current !== commands) return;
    current = null;
    for (const listener of listeners) listener();
  };
}
