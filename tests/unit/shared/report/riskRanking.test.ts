/** What a short deck shows first: risks by the money involved, accounts by the money they put at stake. */
import { describe, expect, it } from 'vitest';
import type { Installment } from '../../../../shared/domain/contract';
import type { Gap } from '../../../../shared/methods/decisionChainHealth';
import { rankChaptersByRisk, rankRisks, riskMoney, type AccountChapter, type RiskItem } from '../../../../shared/report/reviewChapters';
import type { PlanLine } from '../../../../shared/report/reviewModel';

const atRisk = (accountId: string, gap: number): RiskItem => ({ kind: 'atRisk', accountId, line: { gap, row: { target: 0 } } as unknown as PlanLine });
const overdue = (accountId: string, amount: number, received = 0): RiskItem =>
  ({ kind: 'overdue', accountId, contract: {} as never, installment: { amount, received } as unknown as Installment, days: 30 });
const gap = (accountId: string): RiskItem => ({ kind: 'gap', accountId, gap: { code: 'KP_MISSING' } as Gap });
const chapter = (id: string, name: string, target = 0) => ({ account: { id, name }, plan: [{ row: { target } }] }) as unknown as AccountChapter;

describe('risk ranking', () => {
  it('puts the most money first, then overdue money before plan gaps, chain gaps and people', () => {
    const risks = [gap('a'), atRisk('a', 500_000_00), overdue('b', 800_000_00, 300_000_00), atRisk('c', 500_000_00), overdue('c', 500_000_00)];
    expect(rankRisks(risks).map((r) => `${r.kind}:${r.accountId}:${riskMoney(r)}`)).toEqual([
      'overdue:b:50000000',
      'overdue:c:50000000',
      'atRisk:a:50000000',
      'atRisk:c:50000000',
      'gap:a:0',
    ]);
  });

  it('orders accounts by money at stake, then plan target, then name', () => {
    const chapters = [chapter('a', '华东电网', 100), chapter('b', '招商银行', 900), chapter('c', '陕西移动', 900), chapter('d', '安徽电信', 900)];
    const risks = [atRisk('a', 100), overdue('a', 50), atRisk('b', 120)];
    expect(rankChaptersByRisk(chapters, risks).map((c) => c.account.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});
