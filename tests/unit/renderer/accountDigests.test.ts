/**
 * Account digests: what the matrix draws from, kept current by the repositories (an edit patches the
 * touched accounts, an import and a merge store them whole), never stale, and equal to a computation
 * from every account and whitespace cell.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { readAccountDigests, refreshAccountDigests } from '../../../renderer/data/repositories/accountDigestsRepository';
import { deleteAccount, saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { writeMerge } from '../../../renderer/data/repositories/mergeRepository';
import { deleteWhitespaceCell, saveWhitespaceCell } from '../../../renderer/data/repositories/whitespaceRepository';
import { readRevisions, writeTransaction } from '../../../renderer/data/repositories/writeTransaction';
import { readWorkspace, replaceWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { accountDigests } from '../../../shared/methods/accountDigests';
import { finishMerge, planMerge } from '../../../shared/merge/mergePlan';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

let db: KeyplanDatabase;
let counter = 0;
const LATER = '2026-12-01T00:00:00.000Z';

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`account-digests-${counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** The digests a full read of the stored accounts and cells gives now. */
async function fromScratch() {
  return accountDigests(await db.accounts.toArray(), await db.whitespaceCells.toArray());
}

/** Four accounts: drivers on one, a whitespace estimate on another, one deleted. */
function sample() {
  const data = buildSampleWorkspace({ accounts: 4, stakeholders: 1 });
  const [first, second, , fourth] = data.accounts;
  if (!first || !second || !fourth) throw new Error('the sample has four accounts');
  first.purchaseDrivers = [{ id: 'd1', name: '站点', quantity: 12, unit: '个', purchasePerUnit: 500_000, decisionMakers: '' }];
  fourth.deletedAt = '2026-03-01T00:00:00.000Z';
  data.whitespaceCells = data.whitespaceCells.map((c) => (c.accountId === second.id ? { ...c, status: 'OPEN', potential: 3_000_000 } : c));
  return data;
}

describe('account digests', () => {
  it('carry what the matrix needs of each live account, the potential from drivers, else whitespace', () => {
    const data = sample();
    const digests = accountDigests(data.accounts, data.whitespaceCells);
    expect(digests.map((d) => d.id)).toEqual(['acc-000001', 'acc-000002', 'acc-000003']);
    expect(digests[0]).toMatchObject({ name: data.accounts[0]?.name, tier: data.accounts[0]?.tier, ownerId: 'tm-000001', lifecycleStage: 'FORMATION', revenue: 500_000_001 });
    expect(digests[0]?.ownPotential).toEqual({ amount: 6_000_000, source: 'DRIVERS' });
    expect(digests[1]?.ownPotential).toEqual({ amount: 3_000_000, source: 'WHITESPACE' });
    // Neither drivers nor an estimated cell: none of its own (the plan's may still give one).
    expect(digests[2]?.ownPotential).toBeNull();
  });

  it('are stored by an import, so the first read finds them without reading an account', async () => {
    const data = sample();
    await replaceWorkspace(db, data);
    expect(await readAccountDigests(db)).toEqual(accountDigests(data.accounts, data.whitespaceCells));
  });

  it('follow every edit of an account or a cell, patched in the edit’s own transaction, and storing them changes no revision', async () => {
    await replaceWorkspace(db, sample());
    const loaded = await db.accounts.get('acc-000003');
    if (!loaded) throw new Error('stored');
    await saveAccount(db, { loaded }, { ...loaded, name: '改名后的客户', tier: 'STRATEGIC', information: { ...loaded.information, revenue: 42 } });
    expect(await readAccountDigests(db)).toEqual(await fromScratch());
    expect((await readAccountDigests(db))?.[2]).toMatchObject({ name: '改名后的客户', tier: 'STRATEGIC', revenue: 42 });

    // A new account takes its place in key order, as a full read gives it.
    const created = await saveAccount(db, null, { name: '陕西移动' }, '2026-03-01');
    expect((await readAccountDigests(db))?.map((d) => d.id)).toEqual((await fromScratch()).map((d) => d.id));
    expect((await readAccountDigests(db))?.some((d) => d.id === created.id)).toBe(true);

    // A whitespace estimate on the new account gives it a potential; clearing the cell takes it away.
    const cell = await saveWhitespaceCell(db, null, { accountId: created.id, businessUnit: '西安分公司', productLine: 'CRM', status: 'OPEN', potential: 2_500_000 });
    expect((await readAccountDigests(db))?.find((d) => d.id === created.id)?.ownPotential).toEqual({ amount: 2_500_000, source: 'WHITESPACE' });
    await deleteWhitespaceCell(db, cell.id);
    expect((await readAccountDigests(db))?.find((d) => d.id === created.id)?.ownPotential).toBeNull();

    // A deleted account leaves them.
    await deleteAccount(db, 'acc-000001');
    const afterDelete = await readAccountDigests(db);
    expect(afterDelete?.some((d) => d.id === 'acc-000001')).toBe(false);
    expect(afterDelete).toEqual(await fromScratch());

    // Storing them is part of the edit, not a write of its own: the revisions are the edit's.
    const revisions = await readRevisions(db);
    await refreshAccountDigests(db);
    expect(await readRevisions(db)).toEqual(revisions);
  });

  it('are left stale, never wrong, by a write whose accounts cannot be told, and computed again on the next read', async () => {
    await replaceWorkspace(db, sample());
    // A cell removed by key (not a tombstone): its account is not known from the key.
    await writeTransaction(db, ['whitespaceCells'], () => db.whitespaceCells.delete('ws-000002'));
    expect(await readAccountDigests(db)).toBeNull();
    expect(await refreshAccountDigests(db)).toEqual(await fromScratch());
    expect((await readAccountDigests(db))?.[1]?.ownPotential).toBeNull();
  });

  it('are not patched from a stale state: an edit after a stale one leaves them stale', async () => {
    await replaceWorkspace(db, sample());
    await writeTransaction(db, ['whitespaceCells'], () => db.whitespaceCells.delete('ws-000002'));
    const loaded = await db.accounts.get('acc-000003');
    if (!loaded) throw new Error('stored');
    await saveAccount(db, { loaded }, { ...loaded, name: '又改名' });
    expect(await readAccountDigests(db)).toBeNull();
  });

  it('are stored by a merge that changes accounts, at the merged revisions', async () => {
    await replaceWorkspace(db, sample());
    const stored = await readWorkspace(db);
    const { settings, ...tables } = sample();
    tables.accounts = tables.accounts.map((a) => (a.id === 'acc-000002' ? { ...a, name: '王经理改的名字', updatedAt: LATER } : a));
    const finished = finishMerge(planMerge(stored, [{ name: 'wang.json', source: 'ws-wang', settings, tables, redacted: false }]), { choices: new Map() });
    await writeMerge(db, finished, stored.revisions);
    const digests = await readAccountDigests(db);
    expect(digests?.find((d) => d.id === 'acc-000002')?.name).toBe('王经理改的名字');
    expect(digests).toEqual(await fromScratch());
  });
});
