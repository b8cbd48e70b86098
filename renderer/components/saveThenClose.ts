/**
 * How an editor saves: the repository validates again inside its transaction, so a refusal comes back
 * as problems for the form's fields; any other failure goes to the error reporter; only a save that
 * committed closes the editor.
 */
import type { Problem } from '../../shared/fileFormat/problems';
import { ValidationError } from '../data/repositories/validationError';

export interface SaveOutcome<T> {
  saved: (record: T) => void;
  refused: (problems: Problem[]) => void;
  failed: (error: unknown) => void;
}

export async function saveThenClose<T>(save: () => Promise<T>, on: SaveOutcome<T>): Promise<void> {
  let record: T;
  try {
    record = await save();
  } catch (error) {
    if (error instanceof ValidationError) on.refused(error.problems);
    else on.failed(error);
    return;
  }
  on.saved(record);
}
