/** Turns a failed save into a message the user can act on (quota errors get their own words). */
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isQuotaError } from '../data/storageErrors';
import { RecordGoneError } from '../data/repositories/editConflicts';
import { StorageWriteError } from '../transfer/workspaceWorkerClient';

export function useErrorReporter(): (error: unknown) => void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const quota = isQuotaError(error) || (error instanceof StorageWriteError && error.quota);
      const gone = error instanceof RecordGoneError;
      notification.error({
        key: quota ? 'quota' : undefined,
        title: quota ? t('errors.quota') : gone ? t('errors.recordGone') : t('errors.saveFailed', { reason: errorMessage(error) }),
        duration: 0,
        placement: 'bottomRight',
      });
    },
    [notification, t],
  );
}
