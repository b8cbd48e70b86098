/** Adding and removing the sample workspace: all of it goes, the person's own work stays. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { addSample, hasSample, removeSample } from '../../../renderer/data/repositories/sampleRepository';
import { ensureSettings } from '../../../renderer/data/repositories/settingsRepository';
import { readWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { checkWorkspace } from '../../../shared/fileFormat/restore';
import { stakeholderSchema } from '../../../shared/domain/stakeholder';

const REQUEST = { language: 'zh-CN', today: '2026-11-30', year: 2026, now: '2026-11-30T08:00:00.000Z' };
let db: KeyplanDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`sample-test-${counter}`);
  await db.open();
  await ensureSettings(db, new Date(REQUEST.now));
});
afterEach(async () => {
  await db.delete();
});

describe('sample workspace in the database', () => {
  it('is added once, and removed whole with what the person added to it; their own account stays, out of the sample group', async () => {
    expect(await hasSample(db)).toBe(false);
    const written = await addSample(db, REQUEST);
    expect(written).toBeGreaterThan(40);
    expect(await addSample(db, REQUEST)).toBe(0);
    expect(await hasSample(db)).toBe(true);
    expect(await db.stakeholders.count()).toBe(21);

    // The person adds someone to the sample's chain, and an account of their own under the sample group,
    // owned by the sample's account manager.
    await db.stakeholders.add(stakeholderSchema.parse({ id: 'mine-1', createdAt: REQUEST.now, updatedAt: REQUEST.now, accountId: 'sample-account', name: '新来的处长' }));
    const own = await saveAccount(db, null, { name: '甘肃移动', parentId: 'sample-account', ownerId: 'sample-tm-am' }, REQUEST.today);

    const removal = await removeSample(db);
    expect(removal.keptMembers).toBe(1);
    expect(await hasSample(db)).toBe(false);
    expect(await db.stakeholders.count()).toBe(0);
    expect((await db.accounts.toArray()).map((a) => [a.id, a.parentId])).toEqual([[own.id, null]]);
    // The kept team member is the one the person's account names; the other is gone.
    expect((await db.teamMembers.toArray()).map((m) => m.id)).toEqual(['sample-tm-am']);
    // What is left is a workspace restore() would accept.
    const { settings, tables } = await readWorkspace(db);
    expect(checkWorkspace({ settings, ...tables }, { today: REQUEST.today })).toEqual({ ok: true });
  });
});
