/** Plan rows: what the repository refuses, and that a batch is written whole or not at all. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { loadPlanRows, newPlanRow, planRowsRevision, putPlanRows, readPlanNeighbours, savePlanRow } from '../../../renderer/data/repositories/planRepository';
import { pipelineByAccountProduct, pipelineKey } from '../../../shared/methods/planRisk';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/settings';
import { readPlanYearSummary, refreshPlanYearSummary } from '../../../renderer/data/repositories/planSummaryRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';
import { ConflictError } from '../../../renderer/data/repositories/editConflicts';
import { readRevisions } from '../../../renderer/data/repositories/writeTransaction';
import { replaceWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

let db: KeyplanDatabase;
let accountId: string;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`plan-test-${counter}`);
  await db.open();
  accountId = (await saveAccount(db, null, { name: '华东电网' }, '2026-03-01')).id;
});
afterEach(async () => {
  await db.delete();
});

describe('plan repository', () => {
  it('stores rows of a year and reads back only the live ones of that year', async () => {
    const a = { ...newPlanRow(2026, accountId, 'CRM', null), target: 100 };
    const b = newPlanRow(2026, accountId, '数据中台', null);
    const other = newPlanRow(2027, accountId, 'CRM', null);
    const before = await planRowsRevision(db);
    const { revision } = await putPlanRows(db, [a, b, other]);
    expect(revision).toBeDefined();
    expect(revision).not.toBe(before);
    expect(await loadPlanRows(db, 2026, 1)).toHaveLength(1);
    await putPlanRows(db, [{ ...b, deletedAt: '2026-11-22T00:00:00.000Z' }]);
    expect((await loadPlanRows(db, 2026)).map((r) => r.product)).toEqual(['CRM']);
  });

  it('refuses the whole batch when one row is invalid or names an account that does not exist', async () => {
    const good = newPlanRow(2026, accountId, 'CRM', null);
    const floorAbove = { ...newPlanRow(2026, accountId, 'ERP', null), target: 100, floorTarget: 200 };
    const error = await putPlanRows(db, [good, floorAbove]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => [p.path, p.code])).toEqual([['[1].floorTarget', 'floor_above_target']]);
    const dangling = await putPlanRows(db, [good, newPlanRow(2026, 'no-such-account', 'CRM', null)]).catch((e: unknown) => e);
    expect((dangling as ValidationError).problems.map((p) => p.code)).toEqual(['dangling_reference']);
    expect(await db.planRows.count()).toBe(0);
  });

  it('writes only the cells this sheet changed when another window changed the row meanwhile', async () => {
    const row = { ...newPlanRow(2026, accountId, 'CRM', null), target: 100 };
    await putPlanRows(db, [row]);
    // Another window sets the strategy (its own write, a newer updatedAt).
    const elsewhere = { ...row, strategy: '高层拜访', updatedAt: '2026-11-22T08:00:00.000Z' };
    await putPlanRows(db, [elsewhere]);
    // This sheet, still holding the old row, changes the target.
    const { merged } = await putPlanRows(db, [{ ...row, target: 300, updatedAt: '2026-11-22T08:00:01.000Z' }], [row]);
    const stored = await db.planRows.get(row.id);
    expect(stored).toMatchObject({ target: 300, strategy: '高层拜访' });
    expect(merged).toEqual([stored]);
  });
});

describe('plan year summary cache (the portfolio home)', () => {
  it('is computed once, then read without the rows until the plan, the day or the year changes', async () => {
    const row = { ...newPlanRow(2026, accountId, 'CRM', null), target: 100, floorTarget: 50 };
    await putPlanRows(db, [row, { ...newPlanRow(2026, accountId, 'ERP', null), target: 20 }, { ...newPlanRow(2027, accountId, 'CRM', null), target: 999 }]);
    expect(await readPlanYearSummary(db, 2026, '2026-11-22')).toBeNull();

    const revisions = await readRevisions(db);
    expect(await refreshPlanYearSummary(db, 2026, '2026-11-22')).toMatchObject({ target: 120, floor: 50, rows: 2 });
    expect(await readPlanYearSummary(db, 2026, '2026-11-22')).toMatchObject({ target: 120, floor: 50, rows: 2 });
    // Storing the cache is not a change of the workspace: no table gets a new revision.
    expect(await readRevisions(db)).toEqual(revisions);

    expect(await readPlanYearSummary(db, 2026, '2026-11-23')).toBeNull();
    expect(await readPlanYearSummary(db, 2027, '2026-11-22')).toBeNull();

    await putPlanRows(db, [{ ...row, target: 300 }]);
    expect(await readPlanYearSummary(db, 2026, '2026-11-22')).toBeNull();
    expect(await refreshPlanYearSummary(db, 2026, '2026-11-22')).toMatchObject({ target: 320 });
  });

  it('is stale after a whole workspace is imported over it', async () => {
    await putPlanRows(db, [{ ...newPlanRow(2026, accountId, 'CRM', null), target: 100 }]);
    await refreshPlanYearSummary(db, 2026, '2026-11-22');
    await replaceWorkspace(db, buildSampleWorkspace({ accounts: 2, planRows: 1 }));
    expect(await readPlanYearSummary(db, 2026, '2026-11-22')).toBeNull();
    expect(await refreshPlanYearSummary(db, 2026, '2026-11-22')).toMatchObject({ target: 6_000_000, rows: 2 });
  });
});

describe('a plan row edited in a form (the account page)', () => {
  const fieldsOf = (row: ReturnType<typeof newPlanRow>) => ({ ...row });

  it('stores only the fields changed, keeps what another window changed, and records a revised target with its reason', async () => {
    const row = { ...newPlanRow(2026, accountId, 'CRM', null), target: 100_000, floorTarget: 50_000 };
    await putPlanRows(db, [row]);
    // Another window writes the strategy after the form opened.
    await putPlanRows(db, [{ ...row, strategy: '高层拜访', updatedAt: '2026-11-22T08:00:00.000Z' }]);
    const saved = await savePlanRow(db, { loaded: row }, { ...fieldsOf(row), target: 300_000, quarters: [75_000, 75_000, 75_000, 75_000] }, '客户追加预算');
    expect(saved.strategy).toBe('高层拜访');
    expect(saved.target).toBe(300_000);
    expect(saved.quarters).toEqual([75_000, 75_000, 75_000, 75_000]);
    expect(saved.revisions.map((r) => [r.from, r.to, r.reason])).toEqual([[100_000, 300_000, '客户追加预算']]);
    expect(await db.planRows.get(row.id)).toEqual(saved);
  });

  it('a first target is planning, not a revision', async () => {
    const row = newPlanRow(2026, accountId, 'ERP', null);
    await putPlanRows(db, [row]);
    const saved = await savePlanRow(db, { loaded: row }, { ...fieldsOf(row), target: 80_000 });
    expect(saved.revisions).toEqual([]);
  });

  it('refuses a floor above the target (the sheet\'s and restore()\'s rule) and writes nothing', async () => {
    const row = { ...newPlanRow(2026, accountId, 'CRM', null), target: 100_000 };
    await putPlanRows(db, [row]);
    const error = await savePlanRow(db, { loaded: row }, { ...fieldsOf(row), floorTarget: 200_000 }).catch((e: unknown) => e);
    expect((error as ValidationError).problems.map((p) => [p.path, p.code])).toEqual([['floorTarget', 'floor_above_target']]);
    expect((await db.planRows.get(row.id))?.floorTarget).toBe(0);
  });

  it('asks when the same field was changed here and elsewhere, and stores the choice', async () => {
    const row = { ...newPlanRow(2026, accountId, 'CRM', null), team: '华东一组' };
    await putPlanRows(db, [row]);
    await putPlanRows(db, [{ ...row, team: '华东二组', updatedAt: '2026-11-22T08:00:00.000Z' }]);
    const error = await savePlanRow(db, { loaded: row }, { ...fieldsOf(row), team: '大客户部' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((await db.planRows.get(row.id))?.team).toBe('华东二组');
    const saved = await savePlanRow(db, { loaded: row, choices: { team: 'ours' } }, { ...fieldsOf(row), team: '大客户部' });
    expect(saved.team).toBe('大客户部');
  });

  it("reads the first screen's neighbours: the rows' live accounts and their live deals, and the same pipeline as the whole workspace gives", async () => {
    const data = buildSampleWorkspace({ accounts: 6, opportunities: 2, planRows: 2 });
    // One of the first accounts is gone, one of its neighbour's deals too: neither is drawn.
    const gone = data.accounts[1];
    const deal = data.opportunities.find((o) => o.accountId === data.accounts[0]?.id);
    if (!gone || !deal) throw new Error('sample too small');
    gone.deletedAt = '2026-10-01T00:00:00.000Z';
    // Deals on the rows' own products, so there is pipeline to compare.
    for (const o of data.opportunities) o.product = '产品线1';
    deal.deletedAt = '2026-10-01T00:00:00.000Z';
    await replaceWorkspace(db, data);
    const head = await loadPlanRows(db, 2026, 4);
    const ids = [...new Set(head.map((r) => r.accountId))];
    expect(ids.length).toBeGreaterThan(1);
    const { accounts, opportunities } = await readPlanNeighbours(db, ids);
    expect(accounts.map((a) => a.id).sort()).toEqual(ids.filter((id) => id !== gone.id).sort());
    const liveDeals = data.opportunities.filter((o) => o.deletedAt === null);
    expect(opportunities.map((o) => o.id).sort()).toEqual(liveDeals.filter((o) => ids.includes(o.accountId)).map((o) => o.id).sort());
    // The first screen's figures are the whole workspace's figures for those rows.
    const fromNeighbours = pipelineByAccountProduct(opportunities, 2026, DEFAULT_STAGE_PROBABILITIES);
    const fromAll = pipelineByAccountProduct(liveDeals, 2026, DEFAULT_STAGE_PROBABILITIES);
    expect(head.some((row) => (fromAll.get(pipelineKey(row.accountId, row.product))?.count ?? 0) > 0)).toBe(true);
    for (const row of head) expect(fromNeighbours.get(pipelineKey(row.accountId, row.product))).toEqual(fromAll.get(pipelineKey(row.accountId, row.product)));
  });
});
