/**
 * A review pack's files (the Excel workbook, the PowerPoint deck) from a stored workspace, worded
 * with an i18next instance of its own in the requested language. Loaded by the workspace worker
 * only when a pack is asked for, so the worker's start-up does not carry i18next, both languages,
 * exceljs and pptxgenjs.
 */
import type { ReviewRequest } from '../../shared/report/reviewRequest';
import type { StoredWorkspace } from '../data/repositories/workspaceRepository';
import { reviewTranslator, storedReviewModel } from './reviewSetup';
import { reviewWorkbook } from './reviewWorkbook';

/** The review files the workspace worker builds (the PDF is printed from the report page). */
export type ReviewFileFormat = 'xlsx' | 'pptx';

/**
 * One model for every format asked for. `onProgress`: which file (its index in `formats`) and the
 * parts of it written so far (the workbook's sheets, the deck's account chapters).
 */
export async function buildReviewFiles(
  stored: StoredWorkspace,
  request: ReviewRequest,
  formats: readonly ReviewFileFormat[],
  onProgress: (file: number, done: number, total: number) => void = () => undefined,
): Promise<{ files: { format: ReviewFileFormat; blob: Blob }[]; accounts: number }> {
  const t = await reviewTranslator(request.language);
  const model = storedReviewModel(stored, request, t);
  const files: { format: ReviewFileFormat; blob: Blob }[] = [];
  for (const [file, format] of formats.entries()) {
    const progress = (done: number, total: number) => onProgress(file, done, total);
    if (format === 'pptx') {
      const { reviewDeck } = await import('./reviewDeck');
      files.push({ format, blob: await reviewDeck(model, request, t, progress) });
    } else files.push({ format, blob: reviewWorkbook(model, t, progress) });
  }
  return { files, accounts: model.accounts.length };
}
