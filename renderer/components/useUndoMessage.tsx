/**
 * "Deleted X. Undo" — the message every undoable delete shows. Clicking Undo closes it and runs
 * the undo; a failed undo is reported like any failed save. The step also goes into the session's undo
 * history (header ▸ 撤销记录), so it can still be undone after the message has gone — once, from either.
 */
import { App, Button, Space } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { undoHistory } from '../app/undoHistory';
import { useErrorReporter } from '../app/useErrorReporter';

export function useUndoMessage(): (key: string, text: string, undo: () => Promise<void>) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const reportError = useErrorReporter();
  return useCallback(
    (key, text, undo) => {
      const id = undoHistory.record(text, undo);
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
                undoHistory.run(id).catch(reportError);
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
