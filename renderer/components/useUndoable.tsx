/**
 * Every undoable step goes through here: it runs as one stored step (undoStepRepository.ts), shows
 * "已删除… 撤销" and lands in the header's 撤销记录, where it stays — across a reload too — until
 * 20 newer steps push it out. Clicking 撤销 in the message or the history takes it back once; a record
 * changed since stops the undo with a message naming it.
 */
import { App, Button, Space } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordChange } from '../../shared/domain/undoSteps';
import { undoHistory } from '../session/undoHistory';
import { useErrorReporter } from '../session/useErrorReporter';
import { db } from '../data/db';
import { keepUndoStep, runUndoable, type StepId } from '../data/repositories/undoStepRepository';

export interface Undoable {
  /** Runs repository calls as one undoable step; `text` is its message. Rejects as the work does. */
  run: <R>(key: string, work: () => Promise<R>, text: (result: R) => string) => Promise<R>;
  /** Offers the undo of a step already written whose records the caller holds (the chain's receipts). */
  offer: (key: string, text: string, changes: RecordChange[]) => Promise<void>;
}

export function useUndoable(): Undoable {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const reportError = useErrorReporter();
  const show = useCallback(
    (key: string, text: string, stepId: StepId | null) => {
      if (!stepId) return;
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
                undoHistory.run(stepId).catch(reportError);
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
  return useMemo<Undoable>(
    () => ({
      run: async (key, work, text) => {
        const { result, stepId } = await runUndoable(db, work, text);
        show(key, text(result), stepId);
        return result;
      },
      offer: async (key, text, changes) => {
        show(key, text, await keepUndoStep(db, text, changes));
      },
    }),
    [show],
  );
}
