import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../shared/domain/activity';
import { SAFE_REDACTION } from '../../../../shared/report/redaction';
import { asksOf, buildChapters, portfolioPicture, risksOf } from '../../../../shared/report/reviewChapters';
import { buildReviewModel } from '../../../../shared/report/reviewModel';
import { buildSampleWorkspace } from '../../../support/sampleWorkspace';

const TODAY = '2026-11-30';

function model() {
  const data = buildSampleWorkspace({ accounts: 2, stakeholders: 8, opportunities: 2, activities: 2, planRows: 1 });
  data.activities.push(
    activitySchema.parse({ id: 'act-next', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z', accountId: 'acc-000001', date: '2026-12-08', planned: true, summary: '高层拜访' }),
  );
  // A key person spoken to last week is not cold.
  data.stakeholders[0]!.lastContactDate = '2026-11-25';
  return buildReviewModel({ tables: data, settings: data.settings, scope: { kind: 'accounts', accountIds: ['acc-000001'] }, year: 2026, redaction: SAFE_REDACTION, today: TODAY, coachAlias: (l) => `向导 ${l}` });
}

describe('review pack chapters', () => {
  it('gives each account in scope its people, health, graded opportunities, plan, money and activities both ways', () => {
    const m = model();
    const [chapter, ...others] = buildChapters(m);
    expect(others).toEqual([]);
    expect(chapter!.account.name).toBe('示例客户1号（集团）有限公司');
    expect(chapter!.people).toHaveLength(8);
    expect(chapter!.health.peopleCount).toBe(8);
    expect(chapter!.opportunities).toHaveLength(2);
    expect(chapter!.opportunities[0]!.grade.missing.length).toBeGreaterThan(0);
    expect(chapter!.plan).toHaveLength(1);
    expect(chapter!.barriers.map((b) => b.description)).toEqual(['需先入围集采名录']);
    expect(chapter!.next.map((a) => a.summary)).toEqual(['高层拜访']);
    expect(chapter!.recent.every((a) => !a.planned && a.date <= TODAY)).toBe(true);
    expect(chapter!.recent).toHaveLength(2);
  });

  it('lists the risks a meeting should hear, and what they add up to asking for', () => {
    const m = model();
    const chapters = buildChapters(m);
    const risks = risksOf(chapters, m);
    const atRisk = risks.filter((r) => r.kind === 'atRisk');
    // Target 30,000.00 with nothing weighted: 30,000 × 1.3 short of safe.
    expect(atRisk.map((r) => (r.kind === 'atRisk' ? r.line.gap : 0))).toEqual([3_900_000]);
    const overdue = risks.filter((r) => r.kind === 'overdue').map((r) => (r.kind === 'overdue' ? r.days : 0));
    expect(overdue).toEqual([302, 213]);
    const cold = risks.filter((r) => r.kind === 'cold').map((r) => (r.kind === 'cold' ? r.person.name : ''));
    expect(cold).not.toContain('关键人1');
    expect(cold.length).toBeGreaterThan(0);
    // Gone-cold people are listed by name, never again as a gap.
    expect(risks.some((r) => r.kind === 'gap' && r.gap.code === 'GONE_COLD')).toBe(false);
    expect(asksOf(risks)).toEqual([
      { key: 'pipeline', count: 1, amount: 3_900_000 },
      { key: 'collect', count: 2, amount: 600_000 },
      { key: 'contact', count: cold.length, amount: 0 },
      { key: 'chain', count: risks.filter((r) => r.kind === 'gap').length, amount: 0 },
    ]);
  });

  it('pictures the portfolio: tiers, quadrants, the funnel and overdue money of the scope only', () => {
    const m = model();
    const picture = portfolioPicture(m, buildChapters(m));
    expect(Object.values(picture.tiers).reduce((a, b) => a + b, 0)).toBe(1);
    // Its purchase potential is unknown (no drivers, white-space estimate or plan potential): in no quadrant.
    expect(Object.values(picture.quadrants).reduce((a, b) => a + b, 0)).toBe(0);
    const known = model();
    const chapters = buildChapters(known).map((c) => ({ ...c, placement: { ...c.placement, potential: 1, computed: 'PROBLEM' as const, effective: 'PROBLEM' as const } }));
    expect(portfolioPicture(known, chapters).quadrants.PROBLEM).toBe(1);
    expect(picture.funnel.reduce((sum, s) => sum + s.count, 0)).toBe(2);
    expect(picture.overdue).toBe(600_000);
  });

  it('says what changed since the latest snapshot, a hidden coach under the same alias on both pictures', () => {
    const data = buildSampleWorkspace({ accounts: 1, stakeholders: 5, opportunities: 0, activities: 0, planRows: 0 });
    const snapshot = data.chartSnapshots[0]!;
    // In the snapshot the coach (关键人4) was still neutral.
    snapshot.stakeholders = snapshot.stakeholders.map((p) => (p.name === '关键人4' ? { ...p, stance: 0 } : p));
    const m = buildReviewModel({ tables: data, settings: data.settings, scope: { kind: 'all' }, year: 2026, redaction: { ...SAFE_REDACTION, hideCoaches: true }, today: TODAY, coachAlias: (l) => `向导 ${l}` });
    const change = buildChapters(m)[0]!.change!;
    expect(change.snapshot.name).toBe('Q1 复盘');
    expect(change.diff.changed.map((c) => [c.name, c.changes.map((x) => [x.field, x.from, x.to])])).toEqual([['向导 A', [['stance', 0, 2]]]]);
    expect(JSON.stringify(m.snapshots)).not.toContain('关键人4');
  });
});

describe('the snapshot a chain is compared with', () => {
  it('is the latest taken on or before the chosen day, and none when every snapshot is later', () => {
    const data = buildSampleWorkspace({ accounts: 1, stakeholders: 5, opportunities: 0, activities: 0, planRows: 0 });
    const q1 = data.chartSnapshots[0]!;
    q1.takenAt = '2026-03-31T09:00:00.000Z';
    data.chartSnapshots.push({ ...q1, id: 'snap-q3', name: 'Q3 复盘', takenAt: '2026-09-30T09:00:00.000Z' });
    const chapterOn = (compareBefore: string | null) =>
      buildChapters(buildReviewModel({ tables: data, settings: data.settings, scope: { kind: 'all' }, year: 2026, redaction: SAFE_REDACTION, today: TODAY, coachAlias: (l) => `向导 ${l}`, compareBefore }))[0]!;
    expect(chapterOn(null).change?.snapshot.name).toBe('Q3 复盘');
    expect(chapterOn('2026-09-30').change?.snapshot.name).toBe('Q3 复盘');
    expect(chapterOn('2026-09-29').change?.snapshot.name).toBe('Q1 复盘');
    expect(chapterOn('2026-06-30').change?.snapshot.takenAt).toBe('2026-03-31T09:00:00.000Z');
    expect(chapterOn('2026-03-30').change).toBeNull();
  });
});
