/**
 * A review pack file (the Excel workbook or the PowerPoint deck) from a stored workspace, worded
 * with an i18next instance of its own in the requested language. Loaded by the workspace worker
 * only when a pack is asked for, so the worker's start-up does not carry i18next, both languages,
 * exceljs and pptxgenjs.
 */
import i18next from 'i18next';
import { I18NEXT_RESOURCES } from '../../shared/i18n';
import { buildReviewModel } from '../../shared/report/reviewModel';
import type { ReviewRequest } from '../../shared/report/reviewRequest';
import type { StoredWorkspace } from '../data/repositories/workspaceRepository';
import { reviewWorkbook } from './reviewWorkbook';

export type ReviewFileFormat = 'xlsx' | 'pptx';

export async function buildReviewFile(stored: StoredWorkspace, request: ReviewRequest, format: ReviewFileFormat): Promise<{ blob: Blob; accounts: number }> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: I18NEXT_RESOURCES, lng: request.language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  const model = buildReviewModel({ ...request, tables: stored.tables, settings: stored.settings, coachAlias: (letter) => i18n.t('review.coachAlias', { letter }) });
  if (format === 'pptx') {
    const { reviewDeck } = await import('./reviewDeck');
    return { blob: await reviewDeck(model, request, i18n.t), accounts: model.accounts.length };
  }
  return { blob: await reviewWorkbook(model, i18n.t), accounts: model.accounts.length };
}
