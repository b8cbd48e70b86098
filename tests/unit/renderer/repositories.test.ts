import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { countLiveAccountsByTier, deleteAccount, readAccountDirectory, saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { ensureSettings, updateSettings } from '../../../renderer/data/repositories/settingsRepository';
import { createTeamMember } from '../../../renderer/data/repositories/teamRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';
import { readWorkspace, replaceWorkspace, replacementImpact } from '../../../renderer/data/repositories/workspaceRepository';
import { TABLES, countRecords } from '../../../shared/domain/workspace';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { undoableStep } from '../../support/undoableStep';

let db: KeyplanDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`repo-test-${counter}`);
  await db.open();
  await ensureSettings(db, new Date('2026-03-01T00:00:00Z'));
});
afterEach(async () => {
  await db.delete();
});

async function problemsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map((p) => `${p.path}:${p.code}`);
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('settings', () => {
  it('are created once on first start, and validated on update', async () => {
    const settings = await ensureSettings(db);
    expect(settings.currency).toBe('CNY');
    expect(settings.planYear).toBe(2026);
    expect(settings.stageProbabilities.NEGOTIATION).toBe(80);
    await updateSettings(db, { planYear: 2027 });
    expect((await ensureSettings(db)).planYear).toBe(2027);
    await expect(updateSettings(db, { planYear: 1800 })).rejects.toThrow();
    expect((await ensureSettings(db)).planYear).toBe(2027);
  });
});

describe('accounts', () => {
  it('creates and updates an account with its nested sections', async () => {
    const owner = await createTeamMember(db, { name: '王经理', role: 'ACCOUNT_MANAGER', capacity: 10, email: '' });
    const created = await saveAccount(db, null, {
      name: '  华东电网  ',
      tier: 'STRATEGIC',
      ownerId: owner.id,
      information: { headcount: 12000, founded: '2002-12-29' },
      barriers: [{ id: 'b1', type: 'SHORTLIST', description: '集采入围' }],
    }, '2026-03-01');
    expect(created.name).toBe('华东电网');
    expect(created.profile.needs.urgency).toBeNull();
    expect(created.barriers[0]?.strategy).toBe('ATTACK');
    const updated = await saveAccount(db, { loaded: created }, { ...created, region: '华东' }, '2026-03-01');
    expect(updated.createdAt).toBe(created.createdAt);
    expect((await db.accounts.get(created.id))?.region).toBe('华东');
  });

  it('refuses an empty name, negative numbers and impossible or future dates — and writes nothing', async () => {
    expect(
      await problemsOf(
        saveAccount(db, null, {
          name: ' ',
          information: { headcount: -5, founded: '2031-01-01' },
          purchases: [{ id: 'p1', date: '2026-02-30', amount: 100 }],
        }, '2026-03-01'),
      ),
    ).toEqual(['name:required', 'information.headcount:too_small', 'purchases[0].date:invalid_date']);
    expect(await problemsOf(saveAccount(db, null, { name: 'A', information: { founded: '2031-01-01' } }, '2026-03-01'))).toEqual([
      'information.founded:date_in_future',
    ]);
    expect(await db.accounts.count()).toBe(0);
  });

  it('refuses a group tree cycle', async () => {
    const group = await saveAccount(db, null, { name: '集团' });
    const child = await saveAccount(db, null, { name: '子公司', parentId: group.id });
    expect(await problemsOf(saveAccount(db, { loaded: group }, { ...group, parentId: child.id }))).toEqual(['parentId:cycle']);
    expect(await problemsOf(saveAccount(db, { loaded: group }, { ...group, parentId: group.id }))).toEqual(['parentId:self_reference']);
    // A deleted (tombstoned) or unknown account cannot become a parent.
    const gone = await saveAccount(db, null, { name: '已删除的集团' });
    await deleteAccount(db, gone.id);
    expect(await problemsOf(saveAccount(db, { loaded: child }, { ...child, parentId: gone.id }))).toEqual(['parentId:dangling_reference']);
    expect(await problemsOf(saveAccount(db, { loaded: child }, { ...child, parentId: 'nobody' }))).toEqual(['parentId:dangling_reference']);
  });

  it('delete tombstones the account and its records, detaches subsidiaries; undo restores exactly', async () => {
    const data = buildSampleWorkspace({ accounts: 3 });
    data.accounts[1] = { ...data.accounts[1]!, parentId: 'acc-000001' };
    await replaceWorkspace(db, data);
    const before = await readWorkspace(db);

    const { result: receipt, undo } = await undoableStep(db, () => deleteAccount(db, 'acc-000001'));
    expect(receipt.accountName).toBe('示例客户1号（集团）有限公司');
    const deleted = await readWorkspace(db);
    expect(deleted.tables.accounts.find((a) => a.id === 'acc-000001')?.deletedAt).not.toBeNull();
    expect(deleted.tables.accounts.find((a) => a.id === 'acc-000002')?.parentId).toBeNull();
    expect(deleted.tables.stakeholders.filter((s) => s.accountId === 'acc-000001').every((s) => s.deletedAt !== null)).toBe(true);
    expect(deleted.tables.stakeholders.filter((s) => s.accountId === 'acc-000003').every((s) => s.deletedAt === null)).toBe(true);

    await undo();
    const after = await readWorkspace(db);
    const strip = (ws: typeof before) =>
      JSON.stringify(ws.tables, (key, value: unknown) => (key === 'updatedAt' ? undefined : value));
    expect(strip(after)).toBe(strip(before));
  });
});

describe('account counts by tier', () => {
  it('count live accounts only, follow a tier change, a delete and its undo', async () => {
    const data = buildSampleWorkspace({ accounts: 4 });
    const tiers = ['STRATEGIC', 'TOP', 'TOP', 'REGULAR'] as const;
    data.accounts = data.accounts.map((a, i) => ({ ...a, tier: tiers[i]! }));
    await replaceWorkspace(db, data);
    expect(await countLiveAccountsByTier(db)).toEqual({ STRATEGIC: 1, TOP: 2, KEY: 0, REGULAR: 1 });

    const { undo } = await undoableStep(db, () => deleteAccount(db, 'acc-000002'));
    expect(await countLiveAccountsByTier(db)).toEqual({ STRATEGIC: 1, TOP: 1, KEY: 0, REGULAR: 1 });
    await undo();
    expect(await countLiveAccountsByTier(db)).toEqual({ STRATEGIC: 1, TOP: 2, KEY: 0, REGULAR: 1 });

    await saveAccount(db, null, { ...data.accounts[3]!, name: '新客户', tier: 'KEY' }, '2026-03-01');
    expect(await countLiveAccountsByTier(db)).toEqual({ STRATEGIC: 1, TOP: 2, KEY: 1, REGULAR: 1 });
  });
});

describe('whole-workspace replace', () => {
  it('writes every record in one transaction and reports progress', async () => {
    const data = buildSampleWorkspace({ accounts: 300, stakeholders: 10 });
    const progress: number[] = [];
    const { written } = await replaceWorkspace(db, data, (done) => progress.push(done));
    expect(written).toBe(countRecords(data));
    expect(progress.at(-1)).toBe(written);
    expect(progress.length).toBeGreaterThan(2);
    const stored = await readWorkspace(db);
    expect(stored.tables.stakeholders).toHaveLength(3000);
    expect(stored.settings).toEqual(data.settings);
  });

  it('a failure half way leaves the previous workspace exactly as it was', async () => {
    const original = buildSampleWorkspace({ accounts: 5 });
    await replaceWorkspace(db, original);
    const before = await readWorkspace(db);

    const next = buildSampleWorkspace({ accounts: 50 });
    // Same id twice in one table makes bulkAdd fail after earlier tables were already written.
    next.planRows.push({ ...next.planRows[0]! });
    await expect(replaceWorkspace(db, next)).rejects.toThrow();
    expect(await readWorkspace(db)).toEqual(before);
  });

  it('counts how much of the stored workspace an import would replace', async () => {
    const data = buildSampleWorkspace({ accounts: 4 });
    await replaceWorkspace(db, data);
    const same = await replacementImpact(db, data);
    expect(same).toMatchObject({ replaced: 0, needsConfirmation: false });
    expect(same.existing).toBe(countRecords(data));

    const edited = structuredClone(data);
    edited.accounts = edited.accounts.map((a) => ({ ...a, updatedAt: '2026-05-01T00:00:00.000Z' }));
    edited.stakeholders = [];
    const impact = await replacementImpact(db, edited);
    expect(impact.replaced).toBe(4 + 12);
    expect(impact.needsConfirmation).toBe(impact.replaced * 2 > impact.existing);

    const unrelated = buildSampleWorkspace({ accounts: 1 });
    unrelated.accounts[0] = { ...unrelated.accounts[0]!, id: 'other' };
    expect((await replacementImpact(db, unrelated)).needsConfirmation).toBe(true);

    // Same ids, same timestamps, every record's content rewritten: that replaces everything, so it asks.
    const rewritten = structuredClone(data);
    // Every table gets the same two fields, whatever its record type.
    const tables = rewritten as unknown as Record<string, Record<string, unknown>[]>;
    for (const table of TABLES) tables[table] = (tables[table] ?? []).map((r) => ({ ...r, notes: '改写', name: '改写' }));
    const rewrite = await replacementImpact(db, rewritten);
    expect(rewrite.replaced).toBe(countRecords(data));
    expect(rewrite.needsConfirmation).toBe(true);
    // Key order is not content: the same record written with its keys in another order is the same.
    const reordered = structuredClone(data);
    reordered.accounts = reordered.accounts.map((a) => Object.fromEntries(Object.entries(a).reverse()) as typeof a);
    expect((await replacementImpact(db, reordered)).replaced).toBe(0);
  });

});

describe('account directory (the pickers)', () => {
  it('gives every live account id, name and owner from the indexes, the deleted and the unowned handled', async () => {
    const data = buildSampleWorkspace({ accounts: 4 });
    data.accounts = data.accounts.map((a, i) => ({ ...a, ownerId: i === 2 ? null : i === 3 ? 'tm-000002' : a.ownerId }));
    await replaceWorkspace(db, data);
    await deleteAccount(db, 'acc-000002');
    const entries = await readAccountDirectory(db);
    expect(entries).toEqual(
      expect.arrayContaining([
        { id: 'acc-000001', name: '示例客户1号（集团）有限公司', ownerId: 'tm-000001', deletedAt: null },
        { id: 'acc-000003', name: '示例客户3号（集团）有限公司', ownerId: null, deletedAt: null },
        { id: 'acc-000004', name: '示例客户4号（集团）有限公司', ownerId: 'tm-000002', deletedAt: null },
      ]),
    );
    expect(entries).toHaveLength(3);
    // The same accounts and owners as reading the records would give.
    const live = (await db.accounts.toArray()).filter((a) => a.deletedAt === null);
    expect(entries.map((e) => [e.id, e.name, e.ownerId]).sort()).toEqual(live.map((a) => [a.id, a.name, a.ownerId]).sort());
  });
});
