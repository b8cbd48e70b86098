import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { createTeamMember } from '../../../renderer/data/repositories/teamRepository';
import { fileHistoryOf, historyRecordsAfterImport, readMergeHistory, workspaceIdentity, writeMerge, ChangedSincePreviewError } from '../../../renderer/data/repositories/mergeRepository';
import { readWorkspace, replaceWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { finishMerge, planMerge } from '../../../shared/merge/mergePlan';
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
  return { stored, finished: finishMerge(plan, { choices: new Map() }) };
}

describe('writing a merge', () => {
  it('stores only the changed records and the merge history: what the source sent, and the version the merge replaced', async () => {
    const { stored, finished } = await previewWang();
    const before = await db.stakeholders.toArray();
    const region = (await db.accounts.get('acc-000001'))?.region;
    expect(await writeMerge(db, finished, stored.revisions)).toBe(1);
    expect((await db.accounts.get('acc-000001'))?.region).toBe('西北');
    expect(await db.stakeholders.toArray()).toEqual(before);
    const history = await readMergeHistory(db);
    expect(history.seen.get('ws-wang')?.get('accounts/acc-000001')).toMatchObject({ region: '西北', updatedAt: LATER });
    expect(history.seen.get('ws-li')).toBeUndefined();
    expect(history.ancestors.get('accounts/acc-000001')?.region).toBe(region);
  });

  it('an edit through a repository keeps the version before it once, and a restore point of this workspace brings the history back', async () => {
    const { updateTeamMember } = await import('../../../renderer/data/repositories/teamRepository');
    const member = (await db.teamMembers.toArray())[0]!;
    await updateTeamMember(db, member.id, { name: '张经理（改）' });
    await updateTeamMember(db, member.id, { name: '张经理（再改）' });
    const history = await readMergeHistory(db);
    expect(history.ancestors.get(`teamMembers/${member.id}`)?.name).toBe(member.name);
    // Replaced by anyone else's file: a new line; by this workspace's own restore point: the history as it was.
    const own = await workspaceIdentity(db);
    const data = (await readWorkspace(db)).tables;
    const file = { source: own, history: fileHistoryOf(history) };
    await replaceWorkspace(db, { settings: (await readWorkspace(db)).settings, ...data }, undefined, (ownId) => historyRecordsAfterImport(file, ownId));
    expect((await readMergeHistory(db)).ancestors.get(`teamMembers/${member.id}`)?.name).toBe(member.name);
    await replaceWorkspace(db, { settings: (await readWorkspace(db)).settings, ...data }, undefined, (ownId) => historyRecordsAfterImport({ source: 'ws-director', history: fileHistoryOf(history) }, ownId));
    const after = await readMergeHistory(db);
    expect(after.ancestors.size).toBe(0);
    expect(after.pristineFrom).toBe('ws-director');
  });

  it('a table the merge changes mostly is rewritten whole, and holds exactly the merged records', async () => {
    const stored = await readWorkspace(db);
    const { settings, ...tables } = buildSampleWorkspace({ accounts: 2, stakeholders: 2 });
    tables.accounts = tables.accounts.map((a) => ({ ...a, region: '西北', updatedAt: LATER }));
    const finished = finishMerge(planMerge(stored, [{ name: 'wang.json', source: 'ws-wang', settings, tables, redacted: false }]), { choices: new Map() });
    expect(await writeMerge(db, finished, stored.revisions)).toBe(2);
    expect(await db.accounts.toArray()).toEqual(finished.tables.accounts);
    expect((await db.accounts.toArray()).map((a) => a.region)).toEqual(['西北', '西北']);
  });

  it('writes nothing when the workspace changed after the preview (another window saved meanwhile)', async () => {
    const { stored, finished } = await previewWang();
    await createTeamMember(db, { name: '赵经理', role: 'ACCOUNT_MANAGER', capacity: null, email: '' });
    await expect(writeMerge(db, finished, stored.revisions)).rejects.toBeInstanceOf(ChangedSincePreviewError);
    expect((await db.accounts.get('acc-000001'))?.region).not.toBe('西北');
    expect((await readMergeHistory(db)).seen.get('ws-wang')).toBeUndefined();
  });

  it('keeps the workspace’s identity across a replacing import of another workspace’s file, which starts a new merge history', async () => {
    const id = await workspaceIdentity(db);
    expect(await workspaceIdentity(db)).toBe(id);
    const { stored, finished } = await previewWang();
    await writeMerge(db, finished, stored.revisions);
    await replaceWorkspace(db, buildSampleWorkspace({ accounts: 1 }));
    expect(await workspaceIdentity(db)).toBe(id);
    expect((await readMergeHistory(db)).seen.get('ws-wang')).toBeUndefined();
  });
});
