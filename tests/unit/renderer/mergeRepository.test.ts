import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { createTeamMember } from '../../../renderer/data/repositories/teamRepository';
import { readMergeBases, workspaceIdentity, writeMerge, ChangedSincePreviewError } from '../../../renderer/data/repositories/mergeRepository';
import { readWorkspace, replaceWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { finishMerge, planMerge } from '../../../shared/merge/mergePlan';
import { baseKey } from '../../../shared/merge/mergeWorkspaces';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

let db: KeyplanDatabase;
let counter = 0;
const LATER = '2026-12-01T00:00:00.000Z';

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`merge-repository-${counter}`);
  await db.open();
  await replaceWorkspace(db, buildSampleWorkspace({ accounts: 2, stakeholders: 2 }));
});
afterEach(async () => {
  await db.delete();
});

/** 王's file: the first account's region changed later. */
async function previewWang() {
  const stored = await readWorkspace(db);
  const { settings, ...tables } = buildSampleWorkspace({ accounts: 2, stakeholders: 2 });
  tables.accounts[0] = { ...tables.accounts[0]!, region: '西北', updatedAt: LATER };
  const plan = planMerge(stored, [{ name: 'wang.json', source: 'ws-wang', settings, tables, redacted: false }]);
  return { stored, finished: finishMerge(plan, { flips: new Map() }) };
}

describe('writing a merge', () => {
  it('stores only the changed records and the source’s base, leaving the rest of the workspace as it was', async () => {
    const { stored, finished } = await previewWang();
    const before = await db.stakeholders.toArray();
    expect(await writeMerge(db, finished, stored.revisions)).toBe(1);
    expect((await db.accounts.get('acc-000001'))?.region).toBe('西北');
    expect(await db.stakeholders.toArray()).toEqual(before);
    const bases = await readMergeBases(db, ['ws-wang', 'ws-li']);
    expect(bases.get('ws-wang')?.get(baseKey('accounts', 'acc-000001'))).toBe(LATER);
    expect(bases.get('ws-li')?.size).toBe(0);
  });

  it('a table the merge changes mostly is rewritten whole, and holds exactly the merged records', async () => {
    const stored = await readWorkspace(db);
    const { settings, ...tables } = buildSampleWorkspace({ accounts: 2, stakeholders: 2 });
    tables.accounts = tables.accounts.map((a) => ({ ...a, region: '西北', updatedAt: LATER }));
    const finished = finishMerge(planMerge(stored, [{ name: 'wang.json', source: 'ws-wang', settings, tables, redacted: false }]), { flips: new Map() });
    expect(await writeMerge(db, finished, stored.revisions)).toBe(2);
    expect(await db.accounts.toArray()).toEqual(finished.tables.accounts);
    expect((await db.accounts.toArray()).map((a) => a.region)).toEqual(['西北', '西北']);
  });

  it('writes nothing when the workspace changed after the preview (another window saved meanwhile)', async () => {
    const { stored, finished } = await previewWang();
    await createTeamMember(db, { name: '赵经理', role: 'ACCOUNT_MANAGER', capacity: null, email: '' });
    await expect(writeMerge(db, finished, stored.revisions)).rejects.toBeInstanceOf(ChangedSincePreviewError);
    expect((await db.accounts.get('acc-000001'))?.region).not.toBe('西北');
    expect((await readMergeBases(db, ['ws-wang'])).get('ws-wang')?.size).toBe(0);
  });

  it('keeps the workspace’s identity across a replacing import, which drops the merge bases', async () => {
    const id = await workspaceIdentity(db);
    expect(await workspaceIdentity(db)).toBe(id);
    const { stored, finished } = await previewWang();
    await writeMerge(db, finished, stored.revisions);
    await replaceWorkspace(db, buildSampleWorkspace({ accounts: 1 }));
    expect(await workspaceIdentity(db)).toBe(id);
    expect((await readMergeBases(db, ['ws-wang'])).get('ws-wang')?.size).toBe(0);
  });
});
