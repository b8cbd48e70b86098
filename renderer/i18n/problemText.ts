import type { TFunction } from 'i18next';
import type { Problem, ProblemParams } from '../../shared/fileFormat/problems';
import { looseT } from './looseT';

/**
 * A problem's message in the current language. Each code has its own parameters, which the typed
 * `t()` cannot relate to a code chosen at run time; tests/unit/shared/i18n.test.ts checks that every
 * code has a message with the same placeholders in both languages.
 */
export function problemText(t: TFunction, problem: Problem): string {
  return looseT(t)(`problems.${problem.code}`, problem.params);
}

/**
 * A plan cell's error in the current language (the same reason as above: the code is chosen at run
 * time, so its parameters cannot be typed per code).
 */
export function cellErrorText(t: TFunction, error: { code: string; params?: ProblemParams }): string {
  return looseT(t)(`plan.cellErrors.${error.code}`, error.params ?? {});
}

/** Where the field labels of each table's editor live, to name a problem's field as the editor does. */
const FIELD_GROUPS: Readonly<Record<string, string>> = {
  accounts: 'account.fields',
  stakeholders: 'chain.panel.fields',
  opportunities: 'opportunities.fields',
  activities: 'activities.fields',
  contracts: 'payments.contract',
  renewals: 'payments.renewals',
  planRows: 'plan.columns',
  teamMembers: 'merge.teamFields',
  whitespaceCells: 'accountPage.whitespace.fields',
  competitors: 'accountPage.competitors.fields',
};

/**
 * A field of a record as its editor names it: `installments[1].received` → "回款阶段 › 第 2 项 › 已收金额",
 * `profile.needs.urgency` → "紧迫程度" (a group of fields the editor gives no name of its own is left out;
 * `ownerId` reads as the editor's "owner"). The key is built at run time from a stored path, which the
 * typed `t()` cannot check (as in problemText above).
 */
export function recordFieldLabel(t: TFunction, table: string, path: string): string {
  const loose = looseT(t);
  const group = FIELD_GROUPS[table];
  const segments = path.split(/\.|\[(\d+)\]/).filter((part): part is string => part !== undefined && part !== '');
  const named = (part: string): string => (group ? loose(`${group}.${part}`, { defaultValue: loose(`${group}.${part.replace(/Id$/, '')}`, { defaultValue: '' }) }) : '');
  return segments
    .flatMap((part, i) => {
      if (/^\d+$/.test(part)) return [loose('records.item', { n: Number(part) + 1 })];
      const label = named(part);
      if (label !== '') return [label];
      return i === segments.length - 1 ? [part] : [];
    })
    .join(' › ');
}

/**
 * A problem as a person reads it: the record they know, its field, and what is wrong —
 * "关键人 王建国（陕西移动） · 立场：必须在 -2 到 2 之间". Problems not about one record read as before.
 */
export function problemLine(t: TFunction, problem: Problem): string {
  const message = problemText(t, problem);
  const subject = problem.subject;
  if (!subject) return message;
  const loose = looseT(t);
  const field = recordFieldLabel(t, subject.table, subject.field);
  const params = {
    table: loose(`records.${subject.table}`, { defaultValue: subject.table }),
    label: subject.label,
    account: subject.account ? loose('records.account', { name: subject.account }) : '',
    field,
    message,
  };
  return field === '' ? loose('records.lineNoField', params) : loose('records.line', params);
}
