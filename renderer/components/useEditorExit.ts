/**
 * The one way out of an editor (drawer, dialog or panel). Every exit — ✕, Esc, a click outside,
 * Cancel, a link out of it — calls the function this returns, which asks 保存 / 放弃 / 继续编辑 when
 * something was typed; a reload or a window close asks too while the editor holds typing (unsavedWork.ts).
 * Editors get both by calling this hook, and the lint rule that keeps useUnsavedGuard to this file
 * makes a new editor use it.
 */
import { useUnsavedGuard } from '../session/unsavedWork';
import { useLeaveEditor } from './useLeaveEditor';

export interface EditorExit {
  /** Whether the editor holds typing not yet saved. */
  dirty: () => boolean;
  /** The editor's save (it closes the editor when the record is stored). */
  save?: () => void;
  /** Closes the editor without saving. */
  close: () => void;
}

/** `requestClose` closes the editor (wire it to ✕/Esc/mask/Cancel); `leaveTo(go)` leaves another way (a link out). */
export function useEditorExit({ dirty, save, close }: EditorExit): { requestClose: () => void; leaveTo: (go: () => void) => void } {
  useUnsavedGuard(dirty);
  const leaveEditor = useLeaveEditor();
  return {
    // Takes no arguments on purpose: handed to onClose/onCancel, the event must not become "where to go".
    requestClose: () => leaveEditor(dirty(), close, save),
    leaveTo: (go) => leaveEditor(dirty(), go, save),
  };
}
