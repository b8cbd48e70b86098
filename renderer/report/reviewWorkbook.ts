/**
 * The review pack's Excel workbook, written as a stream (xlsx/xlsxStream.ts): a summary by owner, then one sheet per table — accounts,
 * key people, opportunities, activities, plan, milestones, target revisions, contracts with their
 * installments, renewals. Every sheet has a bold frozen header with filters, money and percent
 * formats, and prints landscape, fitted to the page width, the header repeated on every page.
 * It reads only the review model, so what is redacted there is absent here.
 */
import type { TFunction } from 'i18next';
import { fromMinorUnits, minorDigits } from '../../shared/domain/money';
import { collectionState, outstandingOf } from '../../shared/methods/collection';
import type { OwnerLine, ReviewModel } from '../../shared/report/reviewModel';
import { createXlsxWriter, type XlsxCell, type XlsxFormat, type XlsxWriter } from './xlsx/xlsxStream';
import { looseT, type LooseT } from '../i18n/looseT';

interface Column<R> {
  /** Key under review.columns. */
  key: string;
  width: number;
  kind?: XlsxFormat;
  value: (record: R) => XlsxCell;
}

/** Keys of i18n resources built at run time, looked up with a plain string. */

/** Writes one sheet, row by row; `bold` marks rows (the summary's total) to set in bold. */
function writeSheet<R>(writer: XlsxWriter, t: LooseT, name: string, columns: readonly Column<R>[], records: Iterable<R>, money: (minor: number) => number, bold?: (record: R) => boolean): void {
  const sheet = writer.sheet(
    name,
    columns.map((c) => ({ header: t(`review.columns.${c.key}`), width: c.width, format: c.kind ?? 'text' })),
  );
  for (const record of records) {
    sheet.row(
      columns.map((c) => {
        const value = c.value(record);
        return c.kind === 'money' && typeof value === 'number' ? money(value) : value;
      }),
      { bold: bold?.(record) ?? false },
    );
  }
  sheet.end();
}

/** The records of `outer`'s lists, each with its parent, without building the whole list first. */
function* within<P, C>(outer: readonly P[], children: (parent: P) => readonly C[]): Generator<{ parent: P; child: C }> {
  for (const parent of outer) for (const child of children(parent)) yield { parent, child };
}

/** The summary and the nine tables: what `onProgress` counts. */
const SHEETS = 10;

export function reviewWorkbook(model: ReviewModel, t: TFunction, onProgress: (done: number, total: number) => void = () => undefined): Blob {
  // Column keys, code labels and sheet names are looked up by name. The same few labels fill
  // hundreds of thousands of cells, and one i18next lookup costs more than writing the cell: each
  // is looked up once.
  const loose = looseT(t);
  const labels = new Map<string, string>();
  const tt = (key: string) => {
    let label = labels.get(key);
    if (label === undefined) {
      label = loose(key);
      labels.set(key, label);
    }
    return label;
  };
  const digits = minorDigits(model.currency);
  const writer = createXlsxWriter({ moneyFormat: digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0', creator: 'Keyplan' });
  const money = (minor: number) => fromMinorUnits(minor, model.currency);
  let written = 0;
  const sheet = <R>(key: string, columns: readonly Column<R>[], records: Iterable<R>, bold?: (record: R) => boolean) => {
    writeSheet(writer, tt, tt(`review.sheets.${key}`), columns, records, money, bold);
    written += 1;
    onProgress(written, SHEETS);
  };
  const account = (id: string) => model.accountNames.get(id) ?? '';
  const member = new Map(model.team.map((m) => [m.id, m.name]));
  const owner = (id: string | null) => (id === null ? '' : (member.get(id) ?? ''));
  const code = (group: string, value: string | number | null) => (value === null ? '' : tt(`codes.${group}.${value}`));

  const ownerColumns: Column<OwnerLine>[] = [
    { key: 'owner', width: 16, value: (l) => (l === model.totals ? tt('review.total') : l.ownerId === null ? tt('review.unowned') : owner(l.ownerId)) },
    { key: 'accounts', width: 8, kind: 'number', value: (l) => l.accounts },
    { key: 'target', width: 16, kind: 'money', value: (l) => l.target },
    { key: 'floor', width: 16, kind: 'money', value: (l) => l.floor },
    { key: 'weighted', width: 16, kind: 'money', value: (l) => l.weighted },
    { key: 'won', width: 16, kind: 'money', value: (l) => l.won },
    { key: 'coverage', width: 10, kind: 'percent', value: (l) => l.coverage },
    { key: 'atRiskRows', width: 10, kind: 'number', value: (l) => l.atRiskRows },
    { key: 'gap', width: 16, kind: 'money', value: (l) => l.gap },
    { key: 'overdue', width: 16, kind: 'money', value: (l) => l.overdue },
  ];
  sheet('summary', ownerColumns, [...model.owners, model.totals], (line) => line === model.totals);

  sheet('accounts', [
    { key: 'account', width: 28, value: (a) => a.name },
    { key: 'tier', width: 10, value: (a) => code('tier', a.tier) },
    { key: 'industry', width: 14, value: (a) => a.industry },
    { key: 'region', width: 12, value: (a) => a.region },
    { key: 'owner', width: 14, value: (a) => owner(a.ownerId) },
  ], model.accounts);

  const withContacts = !model.leftOut.includes('contacts');
  const withPersonal = !model.leftOut.includes('personalFiles');
  sheet('people', [
    { key: 'account', width: 24, value: (p) => account(p.accountId) },
    { key: 'name', width: 14, value: (p) => (p.placeholder && p.name === '' ? tt('review.vacantSeat') : p.name) },
    { key: 'title', width: 18, value: (p) => p.title },
    { key: 'department', width: 14, value: (p) => p.department },
    { key: 'buyingRole', width: 14, value: (p) => code('buyingRole', p.buyingRole) },
    { key: 'stance', width: 10, value: (p) => code('stance', p.stance) },
    { key: 'influence', width: 8, kind: 'number', value: (p) => p.influence },
    { key: 'coverageLevel', width: 12, value: (p) => code('coverage', p.coverage) },
    { key: 'lastContact', width: 12, kind: 'date', value: (p) => p.lastContactDate ?? '' },
    { key: 'owner', width: 12, value: (p) => owner(p.ownerId) },
    ...(withContacts
      ? [
          { key: 'phone', width: 14, value: (p) => p.contacts.phone },
          { key: 'mobile', width: 14, value: (p) => p.contacts.mobile },
          { key: 'email', width: 20, value: (p) => p.contacts.email },
          { key: 'wechat', width: 14, value: (p) => p.contacts.wechat },
          { key: 'address', width: 24, value: (p) => p.contacts.address },
        ] satisfies Column<ReviewModel['people'][number]>[]
      : []),
    ...(withPersonal
      ? [
          { key: 'family', width: 20, value: (p) => p.personalFile.family },
          { key: 'hometown', width: 12, value: (p) => p.personalFile.hometown },
          { key: 'school', width: 16, value: (p) => p.personalFile.school },
          { key: 'hobbies', width: 20, value: (p) => p.personalFile.hobbies },
          { key: 'careerGoals', width: 20, value: (p) => p.personalFile.careerGoals },
        ] satisfies Column<ReviewModel['people'][number]>[]
      : []),
  ], model.people);

  sheet('opportunities', [
    { key: 'account', width: 24, value: (o) => account(o.accountId) },
    { key: 'opportunity', width: 24, value: (o) => o.name },
    { key: 'product', width: 16, value: (o) => o.product },
    { key: 'amount', width: 16, kind: 'money', value: (o) => o.amount },
    { key: 'stage', width: 12, value: (o) => code('funnelStage', o.stage) },
    { key: 'expectedClose', width: 12, kind: 'date', value: (o) => o.expectedClose ?? '' },
    { key: 'owner', width: 12, value: (o) => owner(o.ownerId) },
  ], model.opportunities);

  sheet('activities', [
    { key: 'date', width: 12, kind: 'date', value: (a) => a.date },
    { key: 'account', width: 24, value: (a) => account(a.accountId) },
    { key: 'kind', width: 10, value: (a) => code('activityKind', a.kind) },
    { key: 'purpose', width: 14, value: (a) => code('activityPurpose', a.purpose) },
    { key: 'summary', width: 40, value: (a) => a.summary },
    { key: 'nextStep', width: 30, value: (a) => a.nextStep },
    { key: 'nextStepDate', width: 12, kind: 'date', value: (a) => a.nextStepDate ?? '' },
  ], model.activities);

  sheet('plan', [
    { key: 'account', width: 24, value: (p) => account(p.row.accountId) },
    { key: 'product', width: 16, value: (p) => p.row.product },
    { key: 'target', width: 16, kind: 'money', value: (p) => p.row.target },
    { key: 'floor', width: 16, kind: 'money', value: (p) => p.row.floorTarget },
    { key: 'weighted', width: 16, kind: 'money', value: (p) => p.weighted },
    { key: 'won', width: 16, kind: 'money', value: (p) => p.won },
    { key: 'coverage', width: 10, kind: 'percent', value: (p) => p.coverage },
    { key: 'status', width: 10, value: (p) => tt(`plan.status.${p.status}`) },
    { key: 'gap', width: 16, kind: 'money', value: (p) => p.gap },
    { key: 'owner', width: 12, value: (p) => owner(p.row.ownerId) },
  ], model.plan);

  const milestones = within(model.plan, (p) => p.row.milestones);
  sheet('milestones', [
    { key: 'account', width: 24, value: (x) => account(x.parent.row.accountId) },
    { key: 'product', width: 16, value: (x) => x.parent.row.product },
    { key: 'task', width: 30, value: (x) => x.child.task },
    { key: 'dueDate', width: 12, kind: 'date', value: (x) => x.child.dueDate ?? '' },
    { key: 'owner', width: 12, value: (x) => owner(x.child.ownerId) },
    { key: 'done', width: 8, value: (x) => (x.child.done ? tt('review.yes') : tt('review.no')) },
  ], milestones);

  const revisions = within(model.plan, (p) => p.row.revisions);
  sheet('revisions', [
    { key: 'account', width: 24, value: (x) => account(x.parent.row.accountId) },
    { key: 'product', width: 16, value: (x) => x.parent.row.product },
    { key: 'revisedAt', width: 12, kind: 'date', value: (x) => x.child.at.slice(0, 10) },
    { key: 'from', width: 16, kind: 'money', value: (x) => x.child.from },
    { key: 'to', width: 16, kind: 'money', value: (x) => x.child.to },
    { key: 'reason', width: 40, value: (x) => x.child.reason },
  ], revisions);

  const installments = within(model.contracts, (c) => c.installments);
  sheet('installments', [
    { key: 'account', width: 24, value: (x) => account(x.parent.accountId) },
    { key: 'contract', width: 24, value: (x) => x.parent.title },
    { key: 'signedDate', width: 12, kind: 'date', value: (x) => x.parent.signedDate ?? '' },
    { key: 'contractAmount', width: 16, kind: 'money', value: (x) => x.parent.amount },
    { key: 'installment', width: 14, value: (x) => (x.child.stage ? code('installmentStage', x.child.stage) : x.child.label) },
    { key: 'dueDate', width: 12, kind: 'date', value: (x) => x.child.dueDate ?? '' },
    { key: 'amount', width: 16, kind: 'money', value: (x) => x.child.amount },
    { key: 'received', width: 16, kind: 'money', value: (x) => x.child.received },
    { key: 'outstanding', width: 16, kind: 'money', value: (x) => outstandingOf(x.child) },
    { key: 'collection', width: 12, value: (x) => tt(`review.collection.${collectionState(x.child, model.today)}`) },
  ], installments);

  sheet('renewals', [
    { key: 'account', width: 24, value: (r) => account(r.accountId) },
    { key: 'period', width: 10, value: (r) => r.period },
    { key: 'recurring', width: 16, kind: 'money', value: (r) => r.recurring },
    { key: 'expansion', width: 16, kind: 'money', value: (r) => r.expansion },
    { key: 'churned', width: 16, kind: 'money', value: (r) => r.churned },
    { key: 'serviceLevel', width: 16, value: (r) => code('serviceLevel', r.serviceLevel) },
  ], model.renewals);

  return writer.finish();
}
