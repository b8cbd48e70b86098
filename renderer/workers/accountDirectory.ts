/**
 * The account directory (every live account's id, name and owner) for pickers, kept outside React
 * and shared: the export dialog and its scope picker read it once between them, from the directory
 * worker. The worker is started with the first picker and kept for the window (its script loads
 * once); it follows the accounts only while some picker is open.
 */
import { useSyncExternalStore } from 'react';
import type { AccountEntry } from '../data/repositories/accountRepository';
import type { DirectoryWorkerRequest, DirectoryWorkerResponse } from './directoryWorkerProtocol';

let worker: Worker | null = null;
let entries: AccountEntry[] | undefined;
const listeners = new Set<() => void>();

function directoryWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./directoryWorker.ts', import.meta.url), { type: 'module', name: 'keyplan-directory' });
    worker.addEventListener('message', (event: MessageEvent<DirectoryWorkerResponse>) => {
      const message = event.data;
      // A failed read leaves the pickers as they were; the next change to the accounts reads again.
      if (message.type !== 'directory' || listeners.size === 0) return;
      entries = message.entries;
      for (const listener of listeners) listener();
    });
  }
  return worker;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) directoryWorker().postMessage({ type: 'watch' } satisfies DirectoryWorkerRequest);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    // Nothing shows the directory now: the next picker reads it fresh rather than trusting a copy
    // that no longer follows the accounts.
    entries = undefined;
    directoryWorker().postMessage({ type: 'stop' } satisfies DirectoryWorkerRequest);
  };
}

const stayAway = () => () => undefined;

/**
 * Live accounts' id, name and owner, by name; undefined until the worker's first answer, and while
 * `enabled` is false (a provider that needs it only while its dialog is open).
 */
export function useAccountDirectory(enabled = true): AccountEntry[] | undefined {
  return useSyncExternalStore(enabled ? subscribe : stayAway, () => (enabled ? entries : undefined));
}
