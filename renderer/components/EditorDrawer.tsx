/**
 * An editor in a drawer with 删除 / 取消 / 保存 at its top (DrawerActions): ✕ and 取消 go through the
 * editor's exit (`requestClose`, which asks before dropping typing), 删除 is an undoable step and
 * closes at once. Every drawer editor is built on it, so a new one inherits the same way out.
 */
import { Drawer, type DrawerProps } from 'antd';
import type { ReactNode } from 'react';
import { DrawerActions, type DeleteAction } from './DrawerActions';

export interface EditorDrawerProps {
  title: ReactNode;
  /** The editor's exit (useEditorExit): asks first when something was typed. */
  requestClose: () => void;
  onSave: () => void;
  /** Closes once the record is deleted (it is gone: nothing to ask). */
  onDeleted?: () => void;
  remove?: DeleteAction | null;
  size?: DrawerProps['size'];
  children: ReactNode;
}

export function EditorDrawer({ title, requestClose, onSave, onDeleted, remove, size = 1000, children }: EditorDrawerProps) {
  return (
    <Drawer open size={size} title={title} onClose={requestClose} extra={<DrawerActions onCancel={requestClose} onDeleted={onDeleted} onSave={onSave} remove={remove} />}>
      {children}
    </Drawer>
  );
}
