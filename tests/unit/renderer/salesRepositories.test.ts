/** Opportunities and activities: what their repositories refuse and what they write alongside. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { moveOpportunity, saveOpportunity } from '../../../renderer/data/repositories/opportunityRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';

let db: KeyplanDatabase;
let accountId: string;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`opportunity-test-${counter}`);
  await db.open();
  accountId = (await saveAccount(db, null, { name: '华东电网' }, '2026-03-01')).id;
});
afterEach(async () => {
  await db.delete();
});

describe('opportunity repository', () => {
  it('refuses closing as won or lost without a reason, and stores it with one', async () => {
    const saved = await saveOpportunity(db, null, { accountId, name: '调度系统升级', amount: 100 });
    expect(saved.stage).toBe('LEAD');
    await expect(moveOpportunity(db, saved, 'WON')).rejects.toBeInstanceOf(ValidationError);
    expect((await db.opportunities.get(saved.id))?.stage).toBe('LEAD');
    const won = await moveOpportunity(db, saved, 'WON', '方案贴合');
    expect(won).toMatchObject({ stage: 'WON', winLossReason: '方案贴合', createdAt: saved.createdAt });
  });

  it('creates typed-in competitors for the account and refuses another account\'s competitor', async () => {
    const saved = await saveOpportunity(db, null, { accountId, name: '调度系统升级' }, ['华为', '用友']);
    const rivals = await db.competitors.bulkGet(saved.competitorIds);
    expect(rivals.map((c) => [c?.name, c?.accountId, c?.opportunityId])).toEqual([
      ['华为', accountId, saved.id],
      ['用友', accountId, saved.id],
    ]);
    const other = (await saveAccount(db, null, { name: '别家' }, '2026-03-01')).id;
    await expect(saveOpportunity(db, null, { accountId: other, name: 'x', competitorIds: saved.competitorIds })).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses an opportunity for an account that does not exist', async () => {
    await expect(saveOpportunity(db, null, { accountId: 'acc-gone', name: 'x' })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('activity repository', () => {
  it('records the contact on the people who took part, forward only, and refuses people of another account', async () => {
    const { saveActivity } = await import('../../../renderer/data/repositories/activityRepository');
    const { editChain } = await import('../../../renderer/data/repositories/decisionChainRepository');
    await editChain(db, accountId, { kind: 'addStakeholder', id: 'p1', fields: { name: '王总', lastContactDate: '2026-11-01', coverage: 'DEEP' } });
    await editChain(db, accountId, { kind: 'addStakeholder', id: 'p2', fields: { name: '李工' } });
    await saveActivity(db, null, { accountId, date: '2026-11-10', stakeholderIds: ['p1', 'p2'] }, '2026-11-22');
    expect(await db.stakeholders.get('p1')).toMatchObject({ lastContactDate: '2026-11-10', coverage: 'DEEP' });
    expect(await db.stakeholders.get('p2')).toMatchObject({ lastContactDate: '2026-11-10', coverage: 'INITIAL' });
    // An older activity logged later does not move the last contact back.
    await saveActivity(db, null, { accountId, date: '2026-10-01', stakeholderIds: ['p1'] }, '2026-11-22');
    expect((await db.stakeholders.get('p1'))?.lastContactDate).toBe('2026-11-10');

    const other = (await saveAccount(db, null, { name: '别家' }, '2026-03-01')).id;
    await expect(saveActivity(db, null, { accountId: other, date: '2026-11-10', stakeholderIds: ['p1'] }, '2026-11-22')).rejects.toBeInstanceOf(ValidationError);
  });

  it('a planned visit turned into its record applies the stance and coverage learned there to the chain, once', async () => {
    const { saveActivity } = await import('../../../renderer/data/repositories/activityRepository');
    const { editChain } = await import('../../../renderer/data/repositories/decisionChainRepository');
    await editChain(db, accountId, { kind: 'addStakeholder', id: 'p1', fields: { name: '王建国', stance: -1, coverage: 'INITIAL' } });
    const planned = await saveActivity(db, null, { accountId, date: '2026-11-20', planned: true, stakeholderIds: ['p1'], preparation: { spin: { problem: '计费系统瓶颈？' } } }, '2026-11-18');
    expect(planned.preparation?.spin).toEqual({ situation: '', problem: '计费系统瓶颈？', implication: '', needPayoff: '' });
    // Chain updates belong to a visit that happened, and to its participants.
    await expect(saveActivity(db, { loaded: planned }, { ...planned, chainUpdates: [{ stakeholderId: 'p1', stance: 1 }] }, '2026-11-18')).rejects.toBeInstanceOf(ValidationError);
    await expect(saveActivity(db, { loaded: planned }, { ...planned, planned: false, chainUpdates: [{ stakeholderId: 'p9', stance: 1 }] }, '2026-11-22')).rejects.toBeInstanceOf(ValidationError);
    const record = await saveActivity(
      db,
      { loaded: planned },
      { ...planned, planned: false, summary: '认可方案方向', commitmentObtained: '安排技术交流', chainUpdates: [{ stakeholderId: 'p1', stance: 1, coverage: 'GENERAL' }] },
      '2026-11-22',
    );
    expect(await db.stakeholders.get('p1')).toMatchObject({ stance: 1, coverage: 'GENERAL', lastContactDate: '2026-11-20' });
    // The chain editor moves him on later; saving the record again (another field) does not undo that.
    await editChain(db, accountId, { kind: 'updateStakeholder', id: 'p1', patch: { stance: 2 } });
    await saveActivity(db, { loaded: record }, { ...record, nextStep: '发技术方案' }, '2026-11-22');
    expect((await db.stakeholders.get('p1'))?.stance).toBe(2);
  });
});
