/**
 * What every review pack format starts from: an i18next instance of its own in the pack's language
 * (the report page and the workspace worker have no app i18n), and the review model of a stored
 * workspace with coaches' aliases worded in that language.
 */
import i18next, { type TFunction } from 'i18next';
import { I18NEXT_RESOURCES, type Language } from '../../shared/i18n';
import { buildReviewModel, type ReviewModel } from '../../shared/report/reviewModel';
import type { ReviewRequest } from '../../shared/report/reviewRequest';
import type { StoredWorkspace } from '../data/repositories/workspaceRepository';

export async function reviewTranslator(language: Language): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: I18NEXT_RESOURCES, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i18n.t;
}

export function storedReviewModel(stored: Pick<StoredWorkspace, 'tables' | 'settings'>, request: ReviewRequest, t: TFunction): ReviewModel {
  return buildReviewModel({ ...request, tables: stored.tables, settings: stored.settings, coachAlias: (letter) => t('review.coachAlias', { letter }) });
}
