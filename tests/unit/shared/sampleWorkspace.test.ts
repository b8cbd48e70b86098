/** The first-start sample: a file restore() would accept, in the person's language, all of it recognisable as the sample. */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/domain/settings';
import { TABLES } from '../../../shared/domain/workspace';
import { restore } from '../../../shared/fileFormat/restore';
import { headcount } from '../../../shared/methods/decisionChainHealth';
import { isOverdue, outstandingOf } from '../../../shared/methods/collection';
import { envelopeOf } from '../../support/sampleWorkspace';
import { buildSampleTables, isSampleId } from '../../../shared/sample/sampleWorkspace';

const NOW = '2026-11-30T08:00:00.000Z';
const TODAY = '2026-11-30';

describe('sample workspace', () => {
  for (const language of ['zh-CN', 'en']) {
    it(`passes every rule a stored file must pass (${language})`, () => {
      const tables = buildSampleTables({ language, today: TODAY, year: 2026, now: NOW });
      const data = { settings: defaultSettings(NOW, 2026), ...tables };
      const result = restore(envelopeOf(data), { today: TODAY });
      expect(result.ok ? [] : result.problems).toEqual([]);
    });
  }

  it('is a provincial operator with a 20-person chain and an empty seat, deals in the plan year and money overdue', () => {
    const t = buildSampleTables({ language: 'zh-CN', today: TODAY, year: 2026, now: NOW });
    expect(t.accounts.map((a) => a.name)).toEqual(['陕西移动（示例）']);
    expect(headcount(t.stakeholders)).toEqual({ people: 20, seats: 1 });
    expect(t.stakeholders.find((s) => s.buyingRole === 'EB')?.name).toBe('王建国');
    expect(t.opportunities.every((o) => o.expectedClose?.startsWith('2026-'))).toBe(true);
    expect(t.planRows.map((r) => r.product)).toEqual(['智能客服', 'CRM', '数据中台']);
    expect(t.activities.filter((a) => a.planned)).toHaveLength(1);
    const [contract] = t.contracts;
    const overdue = (contract?.installments ?? []).filter((i) => isOverdue(i, TODAY)).reduce((sum, i) => sum + outstandingOf(i), 0);
    expect(overdue).toBe(800_000_00);
  });

  it('speaks English to an English user', () => {
    const t = buildSampleTables({ language: 'en', today: TODAY, year: 2026, now: NOW });
    expect(t.accounts[0]?.name).toBe('Shaanxi Mobile (sample)');
    expect(t.stakeholders.find((s) => s.buyingRole === 'EB')?.title).toBe('Vice President, IT');
    expect(JSON.stringify(t)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('marks every record as the sample by its id', () => {
    const t = buildSampleTables({ language: 'zh-CN', today: TODAY, year: 2026, now: NOW });
    for (const table of TABLES) for (const record of t[table]) expect(isSampleId(record.id)).toBe(true);
    expect(isSampleId('acc-000001')).toBe(false);
  });
});
