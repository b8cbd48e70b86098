/**
 * Turns a failed save into a message the user can act on (a full disk and storage failures get plain
 * words, never the engine's text; an undo refused names the records changed since).
 */
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageWriteError, errorMessage, storageFailureOf } from '../data/storageErrors';
import { RecordGoneError } from '../data/repositories/editConflicts';
import { UndoRefusedError } from '../data/repositories/undoStepRepository';
import { undoRefusedText } from '../i18n/undoRefusedText';

export function useErrorReporter(): (error: unknown) => void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof UndoRefusedError) {
        notification.warning({ title: undoRefusedText(t, error), duration: 0, placement: 'bottomRight' });
        return;
      }
      const storage = error instanceof StorageWriteError ? error.storage : storageFailureOf(error);
      const gone = error instanceof RecordGoneError;
      notification.error({
        key: storage ?? undefined,
        title: storage === 'quota' ? t('errors.quota') : storage === 'io' ? t('errors.storageIo') : gone ? t('errors.recordGone') : t('errors.saveFailed', { reason: errorMessage(error) }),
        duration: 0,
        placement: 'bottomRight',
      });
    },
    [notification, t],
  );
}
