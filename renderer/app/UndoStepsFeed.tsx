/**
 * Feeds the header's undo history (undoHistory.ts) from the database once it is open: the stored
 * steps, live (another window's steps and undos show too), and the undo that runs them, saying what
 * was undone ("已撤销：已删除客户“华东电网”。").
 */
import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../data/db';
import { readUndoSteps, undoStep } from '../data/repositories/undoStepRepository';
import { undoHistory } from '../session/undoHistory';

export function UndoStepsFeed(): null {
  const steps = useLiveQuery(() => readUndoSteps(db), []);
  useEffect(() => {
    if (steps) undoHistory.show(steps);
  }, [steps]);
  const { message } = App.useApp();
  const { t } = useTranslation();
  useEffect(
    () =>
      undoHistory.connect(async (id) => {
        const undone = await undoStep(db, id);
        if (undone) void message.success(t('undoHistory.undoneMessage', { text: undone.text }));
        return undone !== null;
      }),
    [message, t],
  );
  return null;
}
