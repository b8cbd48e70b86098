import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { saveContract } from '../../../renderer/data/repositories/contractRepository';
import { editChain } from '../../../renderer/data/repositories/decisionChainRepository';
import { ConflictError, RecordGoneError } from '../../../renderer/data/repositories/editConflicts';
import { deleteAccount } from '../../../renderer/data/repositories/accountRepository';

let db: KeyplanDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`conflict-test-${counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('editors save only what the person changed, checked against the stored record', () => {
  it('two windows editing one account: region here, headcount there — both kept', async () => {
    const opened = await saveAccount(db, null, { name: '陕西移动', region: '西北', information: { headcount: 100 } }, '2026-03-01');
    // Window B saves the headcount first.
    await saveAccount(db, { loaded: opened }, { ...opened, information: { ...opened.information, headcount: 120 } }, '2026-03-01');
    // Window A, still showing the account as it opened it, saves the region.
    const saved = await saveAccount(db, { loaded: opened }, { ...opened, region: '华北' }, '2026-03-01');
    expect(saved.region).toBe('华北');
    expect(saved.information.headcount).toBe(120);
    expect((await db.accounts.get(opened.id))?.information.headcount).toBe(120);
  });

  it('the same field changed in both windows stops the save with both values; a choice finishes it', async () => {
    const opened = await saveAccount(db, null, { name: '陕西移动', region: '西北' }, '2026-03-01');
    await saveAccount(db, { loaded: opened }, { ...opened, region: '华南' }, '2026-03-01');
    const error = await saveAccount(db, { loaded: opened }, { ...opened, region: '华北' }, '2026-03-01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).conflicts).toEqual([{ path: ['region'], ours: '华北', theirs: '华南' }]);
    expect((await db.accounts.get(opened.id))?.region).toBe('华南');
    const kept = await saveAccount(db, { loaded: opened, choices: { region: 'ours' } }, { ...opened, region: '华北' }, '2026-03-01');
    expect(kept.region).toBe('华北');
  });

  it('an account deleted elsewhere while open is reported as gone, not recreated', async () => {
    const opened = await saveAccount(db, null, { name: '陕西移动' }, '2026-03-01');
    await deleteAccount(db, opened.id);
    await expect(saveAccount(db, { loaded: opened }, { ...opened, region: '华北' }, '2026-03-01')).rejects.toBeInstanceOf(RecordGoneError);
  });

  it('a contract edited in two windows keeps the title from one and the notes from the other', async () => {
    const account = await saveAccount(db, null, { name: '陕西移动' }, '2026-03-01');
    const installments = [{ id: 'i1', stage: 'DOWN_PAYMENT' as const, shareBasisPoints: 10_000, amount: 1000 }];
    const opened = await saveContract(db, null, { accountId: account.id, title: '一期', amount: 1000, installments }, '2026-11-22');
    await saveContract(db, { loaded: opened }, { ...opened, title: '一期工程' }, '2026-11-22');
    const saved = await saveContract(db, { loaded: opened }, { ...opened, notes: '按期回款' }, '2026-11-22');
    expect(saved).toMatchObject({ title: '一期工程', notes: '按期回款' });
  });
});

describe('the stakeholder panel patches one field at a time', () => {
  it('two quick saves of different personal-file fields both survive', async () => {
    const account = await saveAccount(db, null, { name: '陕西移动' }, '2026-03-01');
    await editChain(db, account.id, { kind: 'addStakeholder', id: 'p1', fields: { name: '王建国' } });
    await editChain(db, account.id, { kind: 'updateStakeholder', id: 'p1', patch: { personalFile: { hometown: '西安' } }, expected: { personalFile: { hometown: '' } } });
    await editChain(db, account.id, { kind: 'updateStakeholder', id: 'p1', patch: { personalFile: { school: '西北大学' } }, expected: { personalFile: { school: '' } } });
    expect((await db.stakeholders.get('p1'))?.personalFile).toMatchObject({ hometown: '西安', school: '西北大学' });
  });

  it('a title changed in another window meanwhile is a conflict, not an overwrite', async () => {
    const account = await saveAccount(db, null, { name: '陕西移动' }, '2026-03-01');
    await editChain(db, account.id, { kind: 'addStakeholder', id: 'p1', fields: { name: '王建国', title: '副总' } });
    await editChain(db, account.id, { kind: 'updateStakeholder', id: 'p1', patch: { title: '总经理' }, expected: { title: '副总' } });
    const error = await editChain(db, account.id, { kind: 'updateStakeholder', id: 'p1', patch: { title: '总工' }, expected: { title: '副总' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((await db.stakeholders.get('p1'))?.title).toBe('总经理');
    await editChain(db, account.id, { kind: 'updateStakeholder', id: 'p1', patch: { title: '总工' }, expected: { title: '副总' }, choices: { title: 'ours' } });
    expect((await db.stakeholders.get('p1'))?.title).toBe('总工');
  });
});
