/** Plan rows: what the repository refuses, and that a batch is written whole or not at all. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { loadPlanRows, newPlanRow, planRowsRevision, putPlanRows } from '../../../renderer/data/repositories/planRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';

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
    const revision = await putPlanRows(db, [a, b, other]);
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
});
