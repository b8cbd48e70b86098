import { describe, expect, it } from 'vitest';
import type { Installment } from '../../../shared/domain/contract';
import { contractSchema } from '../../../shared/domain/contract';
import { validateContractDraft } from '../../../shared/domain/contractRules';
import { byUrgency, collectionState, daysOverdue, DEFAULT_STAGE_SHARES, isOverdue, splitAmount, summarizeCollection } from '../../../shared/methods/collection';

const today = '2026-11-22';
const inst = (id: string, amount: number, dueDate: string | null, received = 0): Installment => ({
  id,
  stage: null,
  label: '',
  shareBasisPoints: 0,
  amount,
  dueDate,
  received,
  receivedDate: received > 0 ? '2026-10-01' : null,
  overpayment: false,
});

describe('installment split (回款四阶段, seed 002)', () => {
  it('splits 1,000,000.00 元 into 30/30/30/10 exactly', () => {
    expect(splitAmount(100_000_000, DEFAULT_STAGE_SHARES.map((s) => s.share))).toEqual([30_000_000, 30_000_000, 30_000_000, 10_000_000]);
  });

  it('rounds each share down and gives the remainder to the last installment', () => {
    // 1,000.01 元 = 100,001 fen at 33.33 / 33.33 / 33.34 %: 333.30 + 333.30 (33,330.33 fen rounded down) + 333.41.
    expect(splitAmount(100_001, [3333, 3333, 3334])).toEqual([33_330, 33_330, 33_341]);
    // 0.10 元 in 30/30/30/10: 3 + 3 + 3 + 1.
    expect(splitAmount(10, [3000, 3000, 3000, 1000])).toEqual([3, 3, 3, 1]);
    expect(splitAmount(7, [5000, 5000])).toEqual([3, 4]);
    for (const amount of [1, 99, 12_345_679, 999_999_999_999]) expect(splitAmount(amount, [2500, 2500, 4000, 1000]).reduce((a, b) => a + b, 0)).toBe(amount);
  });
});

describe('overdue and days sales outstanding', () => {
  it('calls an installment overdue the day after its due date until it is fully received', () => {
    expect(isOverdue(inst('a', 100, '2026-11-21'), today)).toBe(true);
    expect(isOverdue(inst('a', 100, '2026-11-22'), today)).toBe(false);
    expect(isOverdue(inst('a', 100, '2026-11-01', 100), today)).toBe(false);
    expect(isOverdue(inst('a', 100, '2026-11-01', 60), today)).toBe(true);
    expect(daysOverdue(inst('a', 100, '2026-10-23', 60), today)).toBe(30);
    expect(collectionState(inst('a', 100, '2026-12-01'), today)).toBe('DUE_SOON');
    expect(collectionState(inst('a', 100, '2027-01-30'), today)).toBe('OPEN');
    expect(collectionState(inst('a', 100, null), today)).toBe('UNSCHEDULED');
  });

  it('sorts the battle map by urgency: longest overdue first, then by due date, paid last', () => {
    const list = [inst('paid', 100, '2026-01-01', 100), inst('later', 100, '2027-03-01'), inst('late10', 100, '2026-11-12'), inst('late40', 50, '2026-10-13'), inst('soon', 100, '2026-11-30'), inst('none', 100, null)];
    expect(list.sort(byUrgency(today)).map((i) => i.id)).toEqual(['late40', 'late10', 'soon', 'later', 'none', 'paid']);
  });

  it('sums collected vs due and computes DSO over the trailing year', () => {
    // One contract of 1,000 元: 300 due 2026-06-01 (received), 300 due 2026-10-23 (received 100), 400 due 2027-02-01.
    const contract = { amount: 100_000, installments: [inst('a', 30_000, '2026-06-01', 30_000), inst('b', 30_000, '2026-10-23', 10_000), inst('c', 40_000, '2027-02-01')] };
    const summary = summarizeCollection([contract], today);
    expect(summary).toMatchObject({ contracted: 100_000, due: 60_000, collected: 40_000, outstandingDue: 20_000, overdue: 20_000, overdueCount: 1 });
    // 200 元 outstanding ÷ 600 元 billed in the last 365 days × 365 = 121.67 days.
    expect(summary.dso).toBeCloseTo(121.67, 2);
    expect(summarizeCollection([{ amount: 100, installments: [inst('x', 100, '2027-01-01')] }], today).dso).toBeNull();
  });
});

describe('contract rules', () => {
  const draft = (installments: Partial<Installment>[], fields: Record<string, unknown> = {}) => ({
    accountId: 'a1',
    amount: 1000,
    signedDate: '2026-03-01',
    installments: installments.map((i, n) => ({ id: `i${n}`, shareBasisPoints: 5000, amount: 500, ...i })),
    ...fields,
  });

  it('accepts a split that adds up, with a partial payment', () => {
    const result = validateContractDraft(draft([{ received: 200, receivedDate: '2026-04-01' }, {}]), today);
    expect(result.ok).toBe(true);
  });

  it('refuses shares not adding up to 100 %, over-payment, dates before signing, and a payment without its date', () => {
    const codes = (d: unknown) => {
      const result = validateContractDraft(d, today);
      return result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`);
    };
    expect(codes(draft([{ shareBasisPoints: 4000, amount: 400 }, { amount: 600 }]))).toEqual(['installments:shares_not_full']);
    expect(codes(draft([{ received: 600, receivedDate: '2026-04-01' }, {}]))).toEqual(['installments[0].received:overpaid']);
    expect(codes(draft([{ received: 600, receivedDate: '2026-04-01', overpayment: true }, {}]))).toEqual([]);
    expect(codes(draft([{ dueDate: '2026-02-01' }, { received: 10, receivedDate: '2026-02-28' }]))).toEqual(['installments[0].dueDate:before_signing', 'installments[1].receivedDate:before_signing']);
    expect(codes(draft([{ received: 10 }, { received: 10, receivedDate: '2026-12-01' }]))).toEqual(['installments[0].receivedDate:required', 'installments[1].receivedDate:date_in_future']);
    expect(codes(draft([], { amount: 0 }))).toEqual(['amount:too_small']);
    expect(contractSchema.safeParse({ ...draft([{}, {}]), id: 'c', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null }).success).toBe(true);
  });
});
