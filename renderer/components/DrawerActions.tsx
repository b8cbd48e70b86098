/**
 * The buttons at the top of an editing drawer: delete (when the record exists — it runs the delete and
 * offers Undo in the message), cancel, save.
 */
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../app/useErrorReporter';
import { useUndoMessage } from './useUndoMessage';

export interface DeleteAction<R> {
  key: string;
  run: () => Promise<R>;
  /** The message after deleting, e.g. "Deleted contract …". */
  done: string;
  undo: (removed: R) => Promise<void>;
}

/** `onCancel` asks before dropping typing (useEditorExit); `onDeleted` closes without asking: the record is gone. */
export function DrawerActions<R>({ onCancel, onSave, onDeleted = onCancel, remove }: { onCancel: () => void; onSave: () => void; onDeleted?: () => void; remove?: DeleteAction<R> | null }) {
  const { t } = useTranslation();
  const reportError = useErrorReporter();
  const undoMessage = useUndoMessage();
  return (
    <Space>
      {remove && (
        <Button
          danger
          onClick={() => {
            remove.run().then((removed) => {
              onDeleted();
              undoMessage(remove.key, remove.done, () => remove.undo(removed));
            }, reportError);
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
