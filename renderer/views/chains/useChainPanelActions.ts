/**
 * What the side panel asks of the chain: edit a person's or a link's fields (a person's edit carries
 * the values it expects, so a change made elsewhere meanwhile comes back as conflicts to choose
 * from), save a snapshot of the chain, and delete one (a step in the undo history).
 */
import { App } from 'antd';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSnapshot } from '../../../shared/domain/chartSnapshot';
import type { LinkFields, StakeholderPatch } from '../../../shared/domain/decisionChainEdits';
import type { ConflictChoices } from '../../../shared/domain/recordPatch';
import type { Problem } from '../../../shared/fileFormat/problems';
import { useUndoable } from '../../components/useUndoable';
import { db } from '../../data/db';
import { deleteSnapshot, saveSnapshot } from '../../data/repositories/decisionChainRepository';
import { ConflictError } from '../../data/repositories/editConflicts';
import { ValidationError } from '../../data/repositories/validationError';
import { useErrorReporter } from '../../session/useErrorReporter';
import type { PanelEditOutcome } from './panels/StakeholderPanel';
import type { Comparison } from './panels/SnapshotsPanel';
import type { ChainEditor } from './useChainEditor';

export function useChainPanelActions(accountId: string, run: ChainEditor['run'], refuse: (problems: Problem[]) => unknown, setComparison: Dispatch<SetStateAction<Comparison | null>>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const onEditPerson = useCallback(async (id: string, patch: StakeholderPatch, expected: StakeholderPatch, choices?: ConflictChoices): Promise<PanelEditOutcome> => {
    const result = await run({ kind: 'updateStakeholder', id, patch, expected, ...(choices ? { choices } : {}) });
    if (result instanceof ConflictError) return { conflicts: result.conflicts };
    return Array.isArray(result) ? { problems: result } : null;
  }, [run]);
  const onEditLink = useCallback(async (id: string, patch: Partial<LinkFields>) => {
    const result = await run({ kind: 'updateLink', id, patch });
    return Array.isArray(result) ? result : null;
  }, [run]);
  const onSaveSnapshot = useCallback(
    async (name: string) => {
      try {
        await saveSnapshot(db, accountId, name);
        void message.success(t('chain.snapshots.saved', { name }));
        return true;
      } catch (error) {
        if (error instanceof ValidationError) void refuse(error.problems);
        else reportError(error);
        return false;
      }
    },
    [accountId, message, refuse, reportError, t],
  );
  const onDeleteSnapshot = useCallback(
    (snapshot: ChartSnapshot) => {
      setComparison((current) => (current?.earlier.id === snapshot.id || current?.later?.id === snapshot.id ? null : current));
      undoable.run('snapshot-delete', () => deleteSnapshot(db, snapshot.id), () => t('chain.snapshots.deleted', { name: snapshot.name })).catch(reportError);
    },
    [reportError, undoable, t, setComparison],
  );
  return { onEditPerson, onEditLink, onSaveSnapshot, onDeleteSnapshot };
}
