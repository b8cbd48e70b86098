import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { errorMessage } from '../data/storageErrors';
import { afterPaint } from '../platform/useAfterPaint';
import type { StorageStatus } from '../data/storageStartup';

type GateState = { kind: 'opening' } | { kind: 'ready'; status: StorageStatus } | { kind: 'failed'; reason: string };

export const GateContext = createContext<GateState>({ kind: 'opening' });

/** The storage's status once it is open (views and settings are shown only then). */
export function useStorageStatus(): StorageStatus {
  const state = useContext(GateContext);
  return state.kind === 'ready' ? state.status : { persisted: false };
}

/** Whether the database is open: the header's import, merge, export and review pack wait for it. */
export function useStorageReady(): boolean {
  return useContext(GateContext).kind === 'ready';
}

/**
 * Opens the database once the shell — sidebar and header — is on screen: its code (Dexie, the
 * domain's schemas) is fetched and evaluated after that first frame, so the shell never waits for
 * it. What reads or writes records waits for the opening (StorageReady).
 */
export function StorageGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'opening' });

  useEffect(
    () =>
      afterPaint(() => {
        // A transition: React renders the views in slices of a few milliseconds, so starting never
        // holds the main thread in one long task (antd's styles are made during that render).
        import('../data/storageStartup')
          .then((storage) => storage.storageOpening())
          .then(
            (status) => startTransition(() => setState({ kind: 'ready', status })),
            (error: unknown) => startTransition(() => setState({ kind: 'failed', reason: errorMessage(error) })),
          );
      }),
    [],
  );

  return <GateContext.Provider value={state}>{children}</GateContext.Provider>;
}
