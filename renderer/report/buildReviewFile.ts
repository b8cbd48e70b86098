/**
 * A review pack file (the Excel workbook or the PowerPoint deck) from a stored workspace, worded
 * with an i18next instance of its own in the requested language. Loaded by the workspace worker
 * only when a pack is asked for, so the worker's start-up does not carry i18next, both languages,
 * exceljs and pptxgenjs.
 */
import type { ReviewRequest } from '../../shared/report/reviewRequest';
import type { StoredWorkspace } from '../data/repositories/workspaceRepository';
import { reviewTranslator, storedReviewModel } from './reviewSetup';
import { reviewWorkbook } from './reviewWorkbook';

export type ReviewFileFormat = 'xlsx' | 'pptx';

/** `onProgress`: parts of the file written so far (the workbook's sheets, the deck's account chapters). */
export async function buildReviewFile(stored: StoredWorkspace, request: ReviewRequest, format: ReviewFileFormat, onProgress: (done: number, total: number) => void = () => undefined): Promise<{ blob: Blob; accounts: number }> {
  const t = await reviewTranslator(request.language);
  const model = storedReviewModel(stored, request, t);
  if (format === 'pptx') {
    const { reviewDeck } = await import('./reviewDeck');
    return { blob: await reviewDeck(model, request, t, onProgress), accounts: model.accounts.length };
  }
  return { blob: reviewWorkbook(model, t, onProgress), accounts: model.accounts.length };
}
