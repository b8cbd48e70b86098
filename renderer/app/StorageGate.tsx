import { Result, Spin } from 'antd';
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../data/storageErrors';
import { storageOpening, type StorageStatus } from '../data/storageStartup';

const StorageStatusContext = createContext<StorageStatus>({ persisted: false });

export function useStorageStatus(): StorageStatus {
  return useContext(StorageStatusContext);
}

type GateState = { kind: 'opening' } | { kind: 'ready'; status: StorageStatus } | { kind: 'failed'; reason: string };

/** Renders the app only once the database is open; on failure, an explanation and no editors. */
export function StorageGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<GateState>({ kind: 'opening' });

  useEffect(() => {
    // A transition: React renders the whole shell in slices of a few milliseconds, so starting
    // never holds the main thread in one long task (antd's styles are made during that render).
    storageOpening().then(
      (status) => startTransition(() => setState({ kind: 'ready', status })),
      (error: unknown) => startTransition(() => setState({ kind: 'failed', reason: errorMessage(error) })),
    );
  }, []);

  if (state.kind === 'opening') return <Spin fullscreen />;
  if (state.kind === 'failed') {
    return <Result status="error" title={t('app.fullName')} subTitle={t('errors.storageUnavailable', { reason: state.reason })} />;
  }
  return <StorageStatusContext.Provider value={state.status}>{children}</StorageStatusContext.Provider>;
}
