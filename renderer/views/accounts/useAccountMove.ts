/**
 * Moving an account between groups by drag in the group tree: which row is being dragged, whether the
 * row under the pointer may take it (the shared parent rule: not itself, not one of its own
 * subsidiaries), and the move itself through the account repository, with an undo.
 */
import { App } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import { parentProblem } from '../../../shared/domain/accountRules';
import { useErrorReporter } from '../../session/useErrorReporter';
import { useUndoable } from '../../components/useUndoable';
import { db } from '../../data/db';
import { moveAccount } from '../../data/repositories/accountRepository';
import { ConflictError } from '../../data/repositories/editConflicts';

/** The drag's data type: our own, so text or files dragged in from elsewhere are never taken for an account. */
export const ACCOUNT_DRAG_TYPE = 'application/x-keyplan-account';

export interface AccountMove {
  /** The account being dragged, while a drag is on. */
  dragging: Account | null;
  start: (account: Account) => void;
  end: () => void;
  /** Whether the dragged account may go under `parentId` (null: at the top, in no group). */
  allowed: (parentId: string | null) => boolean;
  /** Moves the dragged account; `onMoved` gets the new parent (to open it). */
  drop: (parentId: string | null, onMoved?: (parentId: string | null) => void) => void;
}

export function useAccountMove(accounts: readonly Account[]): AccountMove {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const [dragging, setDragging] = useState<Account | null>(null);
  const byId = useMemo(() => new Map(accounts.map((a) => [a.id, a])), [accounts]);
  // dragover fires many times a second over the same row: its answer is kept per drag and target.
  const answers = useRef(new Map<string, boolean>());

  const start = useCallback((account: Account) => {
    answers.current = new Map();
    setDragging(account);
  }, []);
  const end = useCallback(() => setDragging(null), []);

  const allowed = useCallback(
    (parentId: string | null) => {
      if (!dragging || parentId === dragging.parentId) return false;
      const key = parentId ?? '';
      let answer = answers.current.get(key);
      if (answer === undefined) {
        answer = parentProblem(accounts, dragging.id, parentId) === null;
        answers.current.set(key, answer);
      }
      return answer;
    },
    [accounts, dragging],
  );

  const drop = useCallback(
    (parentId: string | null, onMoved?: (parentId: string | null) => void) => {
      const moving = dragging;
      setDragging(null);
      if (!moving || parentId === moving.parentId) return;
      const parentName = parentId === null ? '' : (byId.get(parentId)?.name ?? '');
      if (parentProblem(accounts, moving.id, parentId)) {
        void message.warning(t('accounts.tree.move.refused', { name: moving.name, parent: parentName }));
        return;
      }
      const text = parentId === null ? t('accounts.tree.move.movedTop', { name: moving.name }) : t('accounts.tree.move.moved', { name: moving.name, parent: parentName });
      undoable.run(`account-move-${moving.id}`, () => moveAccount(db, moving, parentId), () => text).then(
        () => onMoved?.(parentId),
        (error: unknown) => {
          if (error instanceof ConflictError) void message.warning(t('accounts.tree.move.changedElsewhere', { name: moving.name }));
          else reportError(error);
        },
      );
    },
    [accounts, byId, dragging, message, reportError, undoable, t],
  );

  return { dragging, start, end, allowed, drop };
}
