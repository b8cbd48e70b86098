import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { deleteSnapshot, editChain, readChain, restoreChainRecords, saveSnapshot } from '../../../renderer/data/repositories/decisionChainRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';
import { undoableStep } from '../../support/undoableStep';
import { readRevisions } from '../../../renderer/data/repositories/writeTransaction';

let db: KeyplanDatabase;
let accountId: string;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`chain-test-${counter}`);
  await db.open();
  accountId = (await saveAccount(db, null, { name: '华东电网' }, '2026-03-01')).id;
});
afterEach(async () => {
  await db.delete();
});

async function addPerson(id: string, fields: Record<string, unknown> = {}) {
  return editChain(db, accountId, { kind: 'addStakeholder', id, fields: { name: id, ...fields } });
}

describe('decision-chain repository', () => {
  it('stores an added person and bumps the table revision in the same transaction', async () => {
    const before = await readRevisions(db);
    await addPerson('ceo');
    expect((await db.stakeholders.get('ceo'))?.accountId).toBe(accountId);
    expect((await readRevisions(db)).stakeholders).not.toBe(before.stakeholders);
  });

  it('edits a field of someone who has a boss (only that record is read)', async () => {
    await addPerson('ceo');
    await addPerson('cio', { reportsToId: 'ceo' });
    await editChain(db, accountId, { kind: 'updateStakeholder', id: 'cio', patch: { name: '李总', stance: 2 } });
    expect(await db.stakeholders.get('cio')).toMatchObject({ name: '李总', stance: 2, reportsToId: 'ceo' });
  });

  it('refuses a cycle and writes nothing', async () => {
    await addPerson('ceo');
    await addPerson('cio', { reportsToId: 'ceo' });
    const stored = await db.stakeholders.get('ceo');
    await expect(editChain(db, accountId, { kind: 'setReportsTo', id: 'ceo', bossId: 'cio' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.stakeholders.get('ceo')).toEqual(stored);
  });

  it('refuses a reporting line into another account', async () => {
    const other = (await saveAccount(db, null, { name: '另一家' }, '2026-03-01')).id;
    await editChain(db, other, { kind: 'addStakeholder', id: 'stranger', fields: { name: '外人' } });
    await addPerson('me');
    await expect(editChain(db, accountId, { kind: 'setReportsTo', id: 'me', bossId: 'stranger' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('undoes and redoes a delete exactly: the person, their links and their reports come back', async () => {
    await addPerson('ceo');
    await addPerson('cio', { reportsToId: 'ceo' });
    await addPerson('dev', { reportsToId: 'cio' });
    await editChain(db, accountId, { kind: 'addLink', id: 'l1', fromId: 'dev', toId: 'cio', linkKind: 'ALLY' });
    const receipt = await editChain(db, accountId, { kind: 'deleteStakeholders', ids: ['cio'] });
    let chain = await readChain(db, accountId);
    expect(chain.stakeholders.map((s) => s.id).sort()).toEqual(['ceo', 'dev']);
    expect(chain.stakeholders.find((s) => s.id === 'dev')?.reportsToId).toBe('ceo');
    expect(chain.links).toEqual([]);

    await restoreChainRecords(db, receipt.before);
    chain = await readChain(db, accountId);
    expect(chain.stakeholders.map((s) => s.id).sort()).toEqual(['ceo', 'cio', 'dev']);
    expect(chain.stakeholders.find((s) => s.id === 'dev')?.reportsToId).toBe('cio');
    expect(chain.links.map((l) => l.id)).toEqual(['l1']);

    await restoreChainRecords(db, receipt.after);
    expect((await readChain(db, accountId)).stakeholders).toHaveLength(2);
  });

  it('undoing an add leaves a tombstone, not a live card', async () => {
    const receipt = await addPerson('new');
    await restoreChainRecords(db, receipt.before);
    expect((await readChain(db, accountId)).stakeholders).toEqual([]);
    expect((await db.stakeholders.get('new'))?.deletedAt).not.toBeNull();
  });

  it('moves many cards in one write', async () => {
    await addPerson('a');
    await addPerson('b');
    const receipt = await editChain(db, accountId, { kind: 'moveCards', positions: [{ id: 'a', position: { x: 1, y: 2 } }, { id: 'b', position: { x: 3, y: 4 } }] });
    expect(receipt.before.stakeholders.map((s) => s.position)).toEqual([null, null]);
    expect((await db.stakeholders.get('b'))?.position).toEqual({ x: 3, y: 4 });
  });

  it('saves a snapshot of the live chain, and deletes and restores it', async () => {
    await addPerson('ceo', { stance: 2 });
    await addPerson('gone');
    await editChain(db, accountId, { kind: 'deleteStakeholders', ids: ['gone'] });
    const snapshot = await saveSnapshot(db, accountId, '  Q3 评审  ');
    expect(snapshot.name).toBe('Q3 评审');
    expect(snapshot.stakeholders.map((s) => s.id)).toEqual(['ceo']);
    await expect(saveSnapshot(db, accountId, '  ')).rejects.toBeInstanceOf(ValidationError);
    const { undo } = await undoableStep(db, () => deleteSnapshot(db, snapshot.id));
    expect((await db.chartSnapshots.get(snapshot.id))?.deletedAt).not.toBeNull();
    await undo();
    expect((await db.chartSnapshots.get(snapshot.id))?.deletedAt).toBeNull();
  });
});
