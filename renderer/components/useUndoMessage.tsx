/**
 * "Deleted X. Undo" — the message every undoable delete shows. Clicking Undo closes it and runs
 * the undo; a failed undo is reported like any failed save.
 */
import { App, Button, Space } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../app/useErrorReporter';

export function useUndoMessage(): (key: string, text: string, undo: () => Promise<void>) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const reportError = useErrorReporter();
  return useCallback(
    (key, text, undo) => {
      message.open({
        key,
        type: 'success',
        duration: 10,
        content: (
          <Space>
            {text}
            <Button
              size="small"
              type="link"
              onClick={() => {
                message.destroy(key);
                undo().catch(reportError);
              }}
            >
              {t('common.undo')}
            </Button>
          </Space>
        ),
      });
    },
    [message, reportError, t],
  );
}
