import { describe, expect, it } from 'vitest';
import { opportunitySchema } from '../../../../shared/domain/opportunity';
import { aliasLetter, leftOut, redactPeople, SAFE_REDACTION } from '../../../../shared/report/redaction';
import { buildReviewModel, type ReviewInput } from '../../../../shared/report/reviewModel';
import { accountsInScope } from '../../../../shared/report/reviewScope';
import { buildSampleWorkspace } from '../../../support/sampleWorkspace';

const alias = (letter: string) => `向导 ${letter}`;
const workspace = () => {
  const data = buildSampleWorkspace({ accounts: 4, stakeholders: 5, opportunities: 1, activities: 2, planRows: 1 });
  data.stakeholders[0]!.contacts = { phone: '029-88886666', mobile: '13900001111', email: 'wang@example.cn', wechat: 'wjg', address: '西安市' };
  data.accounts[1]!.ownerId = 'tm-000002';
  // A deal on acc-000001's plan product: 2,000,000 at 谈判 (80 %) = 1,600,000 weighted against 3,000,000.
  data.opportunities.push(opportunitySchema.parse({ id: 'opp-x', createdAt: '2026-01-05T08:00:00.000Z', updatedAt: '2026-01-05T08:00:00.000Z', accountId: 'acc-000001', name: '核心网扩容', product: '产品线1', amount: 2_000_000, stage: 'NEGOTIATION', expectedClose: '2026-09-30' }));
  return data;
};
const input = (data: ReturnType<typeof workspace>, over: Partial<ReviewInput> = {}): ReviewInput => ({
  tables: data,
  settings: data.settings,
  scope: { kind: 'all' },
  year: 2026,
  redaction: SAFE_REDACTION,
  today: '2026-11-30',
  coachAlias: alias,
  ...over,
});

describe('review pack redaction', () => {
  it('leaves personal files and contacts out unless asked, and says so', () => {
    const people = workspace().stakeholders;
    const safe = redactPeople(people, SAFE_REDACTION, alias);
    expect(safe.every((p) => p.personalFile.hometown === '' && p.personalFile.hobbies === '' && p.contacts.mobile === '')).toBe(true);
    expect(leftOut(SAFE_REDACTION)).toEqual(['personalFiles', 'contacts']);
    const all = redactPeople(people, { personalFiles: true, contacts: true, hideCoaches: false }, alias);
    expect(all[0]!.contacts.mobile).toBe('13900001111');
    expect(all[0]!.personalFile.hometown).toBe('湖南长沙');
    expect(leftOut({ personalFiles: true, contacts: true, hideCoaches: false })).toEqual([]);
  });

  it('replaces every coach with 向导 A, 向导 B … in a stable order, and drops what was written about him', () => {
    const people = workspace().stakeholders;
    people.reverse();
    const shown = redactPeople(people, { personalFiles: true, contacts: true, hideCoaches: true }, alias);
    const coaches = shown.filter((p) => p.buyingRole === 'COACH').sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
    expect(coaches.map((c) => c.name)).toEqual(['向导 A', '向导 B', '向导 C', '向导 D']);
    expect(coaches.every((c) => c.title === '' && c.personalFile.hometown === '' && c.notes === '')).toBe(true);
    expect(shown.filter((p) => p.buyingRole !== 'COACH').every((p) => p.name.startsWith('关键人'))).toBe(true);
    expect([0, 25, 26, 27].map(aliasLetter)).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});

describe('review pack model', () => {
  it('takes the accounts of the scope — all, one owner, or a chosen list — and only what belongs to them', () => {
    const data = workspace();
    expect(accountsInScope(data.accounts, { kind: 'owner', ownerId: 'tm-000002' }).map((a) => a.id)).toEqual(['acc-000002']);
    data.accounts[3]!.deletedAt = '2026-02-01T00:00:00.000Z';
    const model = buildReviewModel(input(data, { scope: { kind: 'accounts', accountIds: ['acc-000001', 'acc-000004'] } }));
    expect(model.accounts.map((a) => a.id)).toEqual(['acc-000001']);
    expect(new Set(model.people.map((p) => p.accountId))).toEqual(new Set(['acc-000001']));
    expect(model.activities.every((a) => a.accountId === 'acc-000001')).toBe(true);
  });

  it("judges each plan row by the plan's own rules and sums the gap by owner", () => {
    const model = buildReviewModel(input(workspace()));
    const row = model.plan.find((p) => p.row.accountId === 'acc-000001')!;
    // 1,600,000 weighted against 3,000,000 × 1.3 = 3,900,000 required: at risk, 2,300,000 to find.
    expect(row).toMatchObject({ weighted: 1_600_000, won: 0, status: 'AT_RISK', gap: 2_300_000 });
    expect(row.coverage).toBeCloseTo(1_600_000 / 3_000_000);
    const wang = model.owners.find((o) => o.ownerId === 'tm-000001')!;
    const li = model.owners.find((o) => o.ownerId === 'tm-000002')!;
    expect(wang.accounts).toBe(3);
    expect(li.accounts).toBe(1);
    expect(model.totals.target).toBe(wang.target + li.target);
    expect(model.totals.gap).toBe(wang.gap + li.gap);
    expect(model.totals.atRiskRows).toBe(4);
    expect(model.totals.overdue).toBeGreaterThan(0);
  });
});
