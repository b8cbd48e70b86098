import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { deleteAccount, saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { ensureSettings, updateSettings } from '../../../renderer/data/repositories/settingsRepository';
import { createTeamMember } from '../../../renderer/data/repositories/teamRepository';
import { readWorkspace, replaceWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { readRevisions } from '../../../renderer/data/repositories/writeTransaction';
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

/** What a fresh, uncached export of the stored workspace gives. */
async function directExport(redact = false) {
  const { settings, tables } = await readWorkspace(db);
  return serializeWorkspace(settings, tables, { ...OPTIONS, redact }).join('');
}

async function cachedExport(cache: ExportCache, redact = false) {
  await cache.refresh(db);
  return cache.build({ ...OPTIONS, redact }).parts.join('');
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
