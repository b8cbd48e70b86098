/**
 * The buttons at the top of an editing drawer: delete (when the record exists — it runs the delete as
 * an undoable step, useUndoable.tsx), cancel, save.
 */
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../session/useErrorReporter';
import { useUndoable } from './useUndoable';

export interface DeleteAction {
  key: string;
  run: () => Promise<unknown>;
  /** The message after deleting, e.g. "Deleted contract …". */
  done: string;
}

/** `onCancel` asks before dropping typing (useEditorExit); `onDeleted` closes without asking: the record is gone. */
export function DrawerActions({ onCancel, onSave, onDeleted = onCancel, remove }: { onCancel: () => void; onSave: () => void; onDeleted?: () => void; remove?: DeleteAction | null }) {
  const { t } = useTranslation();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  return (
    <Space>
      {remove && (
        <Button
          danger
          onClick={() => {
            undoable.run(remove.key, remove.run, () => remove.done).then(onDeleted, reportError);
          }}
        >
          {t('common.delete')}
        </Button>
      )}
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" onClick={onSave}>
        {t('common.save')}
      </Button>
    </Space>
  );
}
