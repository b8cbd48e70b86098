import { Result, Spin } from 'antd';
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../data/storageErrors';
import { storageOpening, type StorageStatus } from '../data/storageStartup';

type GateState = { kind: 'opening' } | { kind: 'ready'; status: StorageStatus } | { kind: 'failed'; reason: string };

const GateContext = createContext<GateState>({ kind: 'opening' });

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
 * Follows the one opening of the database (begun by main.tsx). The shell — sidebar and header — is
 * drawn at once, while the database opens; what reads or writes records waits for it (StorageReady).
 */
export function StorageGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'opening' });

  useEffect(() => {
    // A transition: React renders the views in slices of a few milliseconds, so starting never
    // holds the main thread in one long task (antd's styles are made during that render).
    storageOpening().then(
      (status) => startTransition(() => setState({ kind: 'ready', status })),
      (error: unknown) => startTransition(() => setState({ kind: 'failed', reason: errorMessage(error) })),
    );
  }, []);

  return <GateContext.Provider value={state}>{children}</GateContext.Provider>;
}

/** The views, once the database is open; on failure, an explanation and no editors. */
export function StorageReady({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const state = useContext(GateContext);
  if (state.kind === 'opening') return <Spin style={{ display: 'block', marginTop: 48 }} aria-label={t('app.opening')} />;
  if (state.kind === 'failed') {
    return <Result status="error" title={t('app.fullName')} subTitle={t('errors.storageUnavailable', { reason: state.reason })} />;
  }
  return children;
}
