/** How the report words figures: money exact in tables and compact in headlines, dates as stored, owners by name. */
import type { TFunction } from 'i18next';
import { formatMoney, formatMoneyCompact, formatPercent } from '../../shared/domain/money';
import { outstandingOf } from '../../shared/methods/collection';
import type { RiskItem } from '../../shared/report/reviewChapters';
import type { ReviewModel } from '../../shared/report/reviewModel';
import { gapText } from '../i18n/gapText';
import { looseT } from '../i18n/looseT';

export interface ReportFormat {
  t: TFunction;
  /** Code labels looked up by group and value ("codes.tier.KEY"). */
  code: (group: string, value: string | number | null) => string;
  money: (minor: number) => string;
  compact: (minor: number) => string;
  percent: (ratio: number | null) => string;
  owner: (id: string | null) => string;
  account: (id: string) => string;
}

export function reportFormat(model: ReviewModel, t: TFunction, locale: string): ReportFormat {
  const loose = looseT(t);
  const members = new Map(model.team.map((m) => [m.id, m.name]));
  return {
    t,
    code: (group, value) => (value === null ? '—' : loose(`codes.${group}.${value}`)),
    money: (minor) => formatMoney(minor, model.currency, locale),
    compact: (minor) => formatMoneyCompact(minor, model.currency, locale),
    percent: formatPercent,
    owner: (id) => (id === null ? t('review.unowned') : (members.get(id) ?? t('review.unowned'))),
    account: (id) => model.accountNames.get(id) ?? '',
  };
}

const departmentsText = (f: Pick<ReportFormat, 't'>, departments: readonly string[]) => departments.map((d) => d || f.t('review.report.noDepartment')).join('、');

/**
 * A part of a chain split over pages or slides, as its page heads it: "第 2/3 部分：市场部、网络部（续上页）"
 * (the whole chain on one page has no part line: null).
 */
export function chainPartText(f: Pick<ReportFormat, 't'>, index: number, total: number, departments: readonly string[]): string | null {
  if (total <= 1) return null;
  return f.t('review.report.chainPart', { n: index + 1, total, departments: departmentsText(f, departments) }) + (index > 0 ? f.t('review.report.continued') : '');
}

/** A part as the map of a split chain labels it: "2 · 市场部、网络部 · 24 人". */
export function overviewPartText(f: Pick<ReportFormat, 't'>, part: { n: number; departments: readonly string[]; people: number }): string {
  return f.t('review.report.overviewPart', { n: part.n, departments: departmentsText(f, part.departments), people: part.people });
}

/** A closing-page risk in words (the PDF's table and the deck's slide). */
export function riskText(f: ReportFormat, r: RiskItem): string {
  switch (r.kind) {
    case 'atRisk':
      return f.t('review.report.riskAtRisk', { product: r.line.row.product, gap: f.money(r.line.gap), coverage: f.percent(r.line.coverage) });
    case 'overdue':
      return f.t('review.report.riskOverdue', { contract: r.contract.title, amount: f.money(outstandingOf(r.installment)), days: r.days });
    case 'cold':
      return r.days === null ? f.t('review.report.riskNeverContacted', { name: r.person.name }) : f.t('review.report.riskCold', { name: r.person.name, days: r.days });
    case 'gap':
      return gapText(f.t, r.gap);
  }
}
