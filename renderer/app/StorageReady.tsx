import { Result, Spin } from 'antd';
import { useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GateContext } from '../session/StorageGate';

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
