import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { moveOpportunity, saveOpportunity } from '../../../renderer/data/repositories/opportunityRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';

let db: KeyplanDatabase;
let accountId: string;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`opportunity-test-${counter}`);
  await db.open();
  accountId = (await saveAccount(db, null, { name: '华东电网' }, '2026-03-01')).id;
});
afterEach(async () => {
  await db.delete();
});

describe('opportunity repository', () => {
  it('refuses closing as won or lost without a reason, and stores it with one', async () => {
    const saved = await saveOpportunity(db, null, { accountId, name: '调度系统升级', amount: 100 });
    expect(saved.stage).toBe('LEAD');
    await expect(moveOpportunity(db, saved.id, 'WON')).rejects.toBeInstanceOf(ValidationError);
    expect((await db.opportunities.get(saved.id))?.stage).toBe('LEAD');
    const won = await moveOpportunity(db, saved.id, 'WON', '方案贴合');
    expect(won).toMatchObject({ stage: 'WON', winLossReason: '方案贴合', createdAt: saved.createdAt });
  });

  it('refuses an opportunity for an account that does not exist', async () => {
    await expect(saveOpportunity(db, null, { accountId: 'acc-gone', name: 'x' })).rejects.toBeInstanceOf(ValidationError);
  });
});
