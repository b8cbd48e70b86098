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

export async function buildReviewFile(stored: StoredWorkspace, request: ReviewRequest, format: ReviewFileFormat): Promise<{ blob: Blob; accounts: number }> {
  const t = await reviewTranslator(request.language);
  const model = storedReviewModel(stored, request, t);
  if (format === 'pptx') {
    const { reviewDeck } = await import('./reviewDeck');
    return { blob: await reviewDeck(model, request, t), accounts: model.accounts.length };
  }
  return { blob: reviewWorkbook(model, t), accounts: model.accounts.length };
}
