import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { deleteAccount, saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { ensureSettings, updateSettings } from '../../../renderer/data/repositories/settingsRepository';
import { createTeamMember } from '../../../renderer/data/repositories/teamRepository';
import { readWorkspace, replaceWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { readRevisions } from '../../../renderer/data/repositories/writeTransaction';
import { deleteSnapshot } from '../../../renderer/data/repositories/decisionChainRepository';
import { ExportCache } from '../../../renderer/workers/exportCache';
import { serializeWorkspace } from '../../../shared/fileFormat/serialize';
import { countRecords } from '../../../shared/domain/workspace';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

let db: KeyplanDatabase;
let name = '';
let counter = 0;
const OPTIONS = { app: { name: 'Keyplan', version: 't' }, exportedAt: '2026-02-01T00:00:00.000Z' };

beforeEach(async () => {
  counter += 1;
  name = `export-cache-${counter}`;
  db = new KeyplanDatabase(name);
  await db.open();
  await ensureSettings(db);
});
afterEach(async () => {
  await db.delete();
});

type LeftOut = boolean | { redact: boolean; withoutContacts?: boolean; coachAlias?: string };
const optionsOf = (leftOut: LeftOut) => ({ ...OPTIONS, ...(typeof leftOut === 'boolean' ? { redact: leftOut } : leftOut) });

/** What a fresh, uncached export of the stored workspace gives. */
async function directExport(leftOut: LeftOut = false) {
  const { settings, tables } = await readWorkspace(db);
  return serializeWorkspace(settings, tables, optionsOf(leftOut)).join('');
}

/** As the worker exports: told what is left out, the cache makes the tables with people that way as they are read. */
async function cachedExport(cache: ExportCache, leftOut: LeftOut = false, { whileReading = true } = {}) {
  const options = optionsOf(leftOut);
  await cache.refresh(db, whileReading ? options : undefined);
  return new Blob(cache.build(options).parts).text();
}

describe('table revisions', () => {
  it('change with every committed write, for the written tables only', async () => {
    const before = await readRevisions(db);
    await createTeamMember(db, { name: '王经理', role: 'ACCOUNT_MANAGER', capacity: null, email: '' });
    const afterTeam = await readRevisions(db);
    expect(afterTeam.teamMembers).not.toBe(before.teamMembers);
    expect(afterTeam.settings).toBe(before.settings);
    await updateSettings(db, { planYear: 2030 });
    expect((await readRevisions(db)).settings).not.toBe(afterTeam.settings);
  });

  it('do not change when a write is refused', async () => {
    const before = await readRevisions(db);
    await expect(saveAccount(db, null, { name: '' })).rejects.toThrow();
    expect(await readRevisions(db)).toEqual(before);
  });
});

describe('export cache', () => {
  it('gives exactly the direct export, full and redacted', async () => {
    await replaceWorkspace(db, buildSampleWorkspace({ accounts: 3 }));
    const cache = new ExportCache();
    expect(await cachedExport(cache)).toBe(await directExport());
    expect(await cachedExport(cache, true)).toBe(await directExport(true));
  });

  it('gives exactly the direct export with contacts left out and coaches hidden, also after the snapshots change', async () => {
    const data = buildSampleWorkspace({ accounts: 3, stakeholders: 5 });
    data.stakeholders[0]!.contacts = { phone: '', mobile: '13900001111', email: '', wechat: '', address: '' };
    // A coach who has left since the snapshot: he still takes a letter while the snapshot is there.
    const snapshot = data.chartSnapshots[0]!;
    snapshot.stakeholders = [...snapshot.stakeholders, { ...snapshot.stakeholders[3]!, id: 'sh-000000-gone' }];
    await replaceWorkspace(db, data);
    const cache = new ExportCache();
    const hidden = { redact: true, withoutContacts: true, coachAlias: '向导 {letter}' };
    const first = await cachedExport(cache, hidden);
    expect(first).toBe(await directExport(hidden));
    expect(first).not.toContain('13900001111');
    expect(first).not.toContain('关键人4');
    expect(first).toContain('向导 D');
    expect(await cachedExport(cache, { redact: true, withoutContacts: true })).toBe(await directExport({ redact: true, withoutContacts: true }));
    // Made after reading (an export not announced to refresh) or while reading: the same file.
    for (const whileReading of [false, true]) {
      const fresh = new ExportCache();
      expect(await cachedExport(fresh, hidden, { whileReading })).toBe(await directExport(hidden));
      expect(await cachedExport(fresh, { redact: false, withoutContacts: true }, { whileReading })).toBe(await directExport({ redact: false, withoutContacts: true }));
      // The whole file after them: the full tables with people, not encoded for those exports, still are.
      expect(await cachedExport(fresh, false, { whileReading })).toBe(await directExport());
    }
    // A change to the snapshots alone (the letters are worked out over both tables) is seen too.
    await deleteSnapshot(db, snapshot.id);
    expect(await cachedExport(cache, hidden)).toBe(await directExport(hidden));
  });

  it('after an import, is filled from the imported data', async () => {
    const data = buildSampleWorkspace({ accounts: 3 });
    const cache = new ExportCache();
    const { revisions } = await replaceWorkspace(db, data);
    cache.seed(data, revisions);
    expect(cache.build({ ...OPTIONS, redact: false }).count).toBe(countRecords(data));
    expect(await cachedExport(cache)).toBe(await directExport());
  });

  it('includes every edit made through another connection (another window or tab)', async () => {
    await replaceWorkspace(db, buildSampleWorkspace({ accounts: 3 }));
    const cache = new ExportCache();
    await cachedExport(cache);

    const other = new KeyplanDatabase(name);
    const account = (await other.accounts.get('acc-000002'))!;
    await saveAccount(other, { loaded: account }, { ...account, name: '改名后的客户' });
    await deleteAccount(other, 'acc-000003');
    await updateSettings(other, { currency: 'USD' });
    other.close();

    const exported = await cachedExport(cache);
    expect(exported).toContain('改名后的客户');
    expect(exported).toContain('"currency":"USD"');
    expect(exported).toBe(await directExport());
  });

  it('re-reads only tables whose revision changed', async () => {
    await replaceWorkspace(db, buildSampleWorkspace({ accounts: 2 }));
    const cache = new ExportCache();
    await cachedExport(cache);
    // A change that bypasses the repositories leaves no revision behind, so the cache keeps its copy:
    // this is why every write must go through writeTransaction().
    await db.stakeholders.update('sh-000001-001', { name: '绕过仓库的修改' });
    expect(await cachedExport(cache)).not.toContain('绕过仓库的修改');
    expect(await directExport()).toContain('绕过仓库的修改');
  });
});

describe('import notifies live queries', () => {
  it('fires one storagemutated signal covering every table', async () => {
    const seen: string[][] = [];
    const listener = (parts: Record<string, unknown>) => seen.push(Object.keys(parts));
    Dexie.on('storagemutated', listener);
    await replaceWorkspace(db, buildSampleWorkspace({ accounts: 1 }));
    Dexie.on.storagemutated.unsubscribe(listener);
    const keys = seen.flat();
    expect(keys).toContain(`idb://${name}/accounts/`);
    expect(keys).toContain(`idb://${name}/stakeholders/accountId`);
    expect(keys).toContain(`idb://${name}/settings/`);
  });
});
