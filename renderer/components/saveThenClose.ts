/**
 * How an editor saves: the repository validates again inside its transaction, so a refusal comes back
 * as problems for the form's fields; a field changed elsewhere since the editor opened comes back as a
 * conflict, the person chooses, and the save runs again with the choices; any other failure goes to
 * the error reporter; only a save that committed closes the editor.
 */
import type { ConflictChoices, FieldConflict } from '../../shared/domain/recordPatch';
import type { Problem } from '../../shared/fileFormat/problems';
import { ConflictError } from '../data/repositories/editConflicts';
import { ValidationError } from '../data/repositories/validationError';
import { trackSave } from '../session/unsavedWork';

export interface SaveOutcome<T> {
  saved: (record: T) => void;
  refused: (problems: Problem[]) => void;
  failed: (error: unknown) => void;
  /** Asks the person what to keep; null leaves the editor open with what they typed. */
  conflict?: (conflicts: readonly FieldConflict[]) => Promise<ConflictChoices | null>;
}

export async function saveThenClose<T>(save: (choices?: ConflictChoices) => Promise<T>, on: SaveOutcome<T>): Promise<void> {
  let choices: ConflictChoices | undefined;
  for (;;) {
    let record: T;
    try {
      record = await trackSave(save(choices));
    } catch (error) {
      if (error instanceof ConflictError && on.conflict) {
        const chosen = await on.conflict(error.conflicts);
        if (chosen === null) return;
        choices = { ...choices, ...chosen };
        continue;
      }
      if (error instanceof ValidationError) on.refused(error.problems);
      else on.failed(error);
      return;
    }
    on.saved(record);
    return;
  }
}
