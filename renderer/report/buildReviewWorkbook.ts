/**
 * The review pack's workbook from a stored workspace, worded with an i18next instance of its own in
 * the requested language. Loaded by the workspace worker only when a pack is asked for, so the
 * worker's start-up does not carry i18next, both languages and the report code.
 */
import i18next from 'i18next';
import { I18NEXT_RESOURCES } from '../../shared/i18n';
import { buildReviewModel } from '../../shared/report/reviewModel';
import type { StoredWorkspace } from '../data/repositories/workspaceRepository';
import type { ReviewRequest } from '../workers/workspaceWorkerProtocol';
import { reviewWorkbook } from './reviewWorkbook';

export async function buildReviewWorkbook(stored: StoredWorkspace, request: ReviewRequest): Promise<{ blob: Blob; accounts: number }> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: I18NEXT_RESOURCES, lng: request.language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  const model = buildReviewModel({ ...request, tables: stored.tables, settings: stored.settings, coachAlias: (letter) => i18n.t('review.coachAlias', { letter }) });
  return { blob: await reviewWorkbook(model, i18n.t), accounts: model.accounts.length };
}
