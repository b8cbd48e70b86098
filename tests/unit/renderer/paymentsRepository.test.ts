/** Contracts and renewals: references checked, one renewal per account and period, cumulative kept up to date. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { deleteContract, deleteRenewal, saveContract, saveRenewal } from '../../../renderer/data/repositories/contractRepository';
import { saveOpportunity } from '../../../renderer/data/repositories/opportunityRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';
import { undoableStep } from '../../support/undoableStep';

let db: KeyplanDatabase;
let accountId: string;
let otherId: string;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`payments-test-${counter}`);
  await db.open();
  accountId = (await saveAccount(db, null, { name: '华东电网' }, '2026-03-01')).id;
  otherId = (await saveAccount(db, null, { name: '别家' }, '2026-03-01')).id;
});
afterEach(async () => {
  await db.delete();
});

const installments = [
  { id: 'i1', stage: 'DOWN_PAYMENT' as const, shareBasisPoints: 5000, amount: 500, dueDate: '2026-04-01', received: 200, receivedDate: '2026-04-02' },
  { id: 'i2', stage: 'WARRANTY' as const, shareBasisPoints: 5000, amount: 500, dueDate: '2027-04-01' },
];

describe('contract repository', () => {
  it('stores a valid contract and refuses an opportunity of another account, leaving nothing behind', async () => {
    const saved = await saveContract(db, null, { accountId, amount: 1000, signedDate: '2026-03-01', installments }, '2026-11-22');
    expect((await db.contracts.get(saved.id))?.installments[0]).toMatchObject({ received: 200, overpayment: false });
    const foreign = await saveOpportunity(db, null, { accountId: otherId, name: '别家项目', amount: 1 });
    const error = await saveContract(db, null, { accountId, opportunityId: foreign.id, amount: 1000, installments }, '2026-11-22').catch((e: unknown) => e);
    expect((error as ValidationError).problems.map((p) => p.code)).toEqual(['cross_account_reference']);
    expect(await db.contracts.count()).toBe(1);
    const { undo } = await undoableStep(db, () => deleteContract(db, saved.id));
    expect((await db.contracts.get(saved.id))?.deletedAt).not.toBeNull();
    await undo();
    expect((await db.contracts.get(saved.id))?.deletedAt).toBeNull();
  });

  it('keeps one renewal per account and period, and the cumulative revenue of the account up to date', async () => {
    const y25 = await saveRenewal(db, null, { accountId, period: '2025', recurring: 1000, expansion: 0, churned: 0 });
    const y26 = await saveRenewal(db, null, { accountId, period: '2026', recurring: 1000, expansion: 300, churned: 100 });
    expect(y25.cumulative).toBe(1000);
    expect(y26.cumulative).toBe(2200);
    await expect(saveRenewal(db, null, { accountId, period: '2026', recurring: 1 })).rejects.toBeInstanceOf(ValidationError);
    await saveRenewal(db, { loaded: y25 }, { accountId, period: '2025', recurring: 500 });
    expect((await db.renewals.get(y26.id))?.cumulative).toBe(1700);
    await deleteRenewal(db, y25.id);
    expect((await db.renewals.get(y26.id))?.cumulative).toBe(1200);
  });
});
