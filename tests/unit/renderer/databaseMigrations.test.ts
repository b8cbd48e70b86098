/**
 * Opens a database created at every old schema version with the current code and checks the data.
 * Version 1 is the first release; version 2 fills the fields added since (chart positions and folds,
 * RFM standards) in records written before them; version 3 the installments' over-payment flag;
 * version 4 indexes deleted accounts by tier; version 5 fills the whitespace cells' potential, linked
 * opportunities and notes, and the settings' product lines.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { SCHEMA_V1, SCHEMA_V4 } from '../../../renderer/data/schema';
import { countLiveAccountsByTier } from '../../../renderer/data/repositories/accountRepository';
import { readWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { TABLES } from '../../../shared/domain/workspace';

describe('database versions', () => {
  it('a version 1 database written with raw Dexie opens with the current code, data intact', async () => {
    const name = 'migration-v1';
    const data = buildSampleWorkspace({ accounts: 2 });
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('settings').put(data.settings);
    for (const table of TABLES) await v1.table(table).bulkPut(data[table]);
    v1.close();

    const db = new KeyplanDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const stored = await readWorkspace(db);
    expect(stored.tables.accounts.map((a) => a.name)).toEqual(data.accounts.map((a) => a.name));
    expect(stored.tables.planRows).toEqual(data.planRows);
    await db.delete();
  });

  it('version 1 → 2 fills chart positions, folds and RFM standards in records written before them, and keeps the rest', async () => {
    const name = 'migration-v1-to-v2';
    const data = buildSampleWorkspace({ accounts: 1, stakeholders: 3 });
    const strip = (record: object, keys: string[]) => Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('settings').put(strip(data.settings, ['rfm']));
    await v1.table('stakeholders').bulkPut(data.stakeholders.map((s) => strip(s, ['position', 'collapsed'])));
    await v1.table('chartSnapshots').bulkPut(data.chartSnapshots.map((snap) => ({ ...snap, stakeholders: snap.stakeholders.map((s) => strip(s, ['position', 'collapsed'])) })));
    v1.close();

    const db = new KeyplanDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const people = await db.stakeholders.toArray();
    expect(people).toEqual(data.stakeholders);
    expect(people.every((p) => p.position === null && !p.collapsed)).toBe(true);
    expect((await db.chartSnapshots.toArray())[0]?.stakeholders[0]).toMatchObject({ position: null, collapsed: false });
    const settings = await db.settings.get('workspace');
    expect(settings?.rfm.weights).toEqual({ r: 4, f: 8, m: 8 });
    expect(settings?.planYear).toBe(data.settings.planYear);
    await db.delete();
  });

  it('version 2 → 3 marks existing installments as not over-paid', async () => {
    const name = 'migration-v2-to-v3';
    const data = buildSampleWorkspace({ accounts: 1 });
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V1);
    await v2.open();
    await v2.table('contracts').bulkPut(data.contracts.map((c) => ({ ...c, installments: c.installments.map((i) => Object.fromEntries(Object.entries(i).filter(([key]) => key !== 'overpayment'))) })));
    v2.close();

    const db = new KeyplanDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.contracts.toArray()).toEqual(data.contracts);
    expect(data.contracts[0]?.installments.length).toBeGreaterThan(0);
    await db.delete();
  });

  it('version 3 → 4 indexes the deleted accounts of a stored workspace, so tier counts leave them out', async () => {
    const name = 'migration-v3-to-v4';
    const data = buildSampleWorkspace({ accounts: 6 });
    const tiers = ['STRATEGIC', 'STRATEGIC', 'KEY', 'KEY', 'KEY', 'REGULAR'] as const;
    const accounts = data.accounts.map((a, i) => ({ ...a, tier: tiers[i]!, deletedAt: i === 1 || i === 4 ? '2026-05-01T08:00:00.000Z' : null }));
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V1);
    await v3.open();
    await v3.table('accounts').bulkPut(accounts);
    v3.close();

    const db = new KeyplanDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await countLiveAccountsByTier(db)).toEqual({ STRATEGIC: 1, TOP: 0, KEY: 2, REGULAR: 1 });
    expect(await db.accounts.toArray()).toEqual(accounts);
    await db.delete();
  });

  it('version 4 → 5 fills the whitespace cells’ potential, opportunities and notes, the settings’ product lines, and the visits’ record and structured preparation', async () => {
    const name = 'migration-v4-to-v5';
    const data = buildSampleWorkspace({ accounts: 1 });
    const accountId = data.accounts[0]?.id ?? '';
    const at = '2026-05-01T08:00:00.000Z';
    const oldCell = { id: 'ws-1', createdAt: at, updatedAt: at, deletedAt: null, accountId, businessUnit: '西安分公司', productLine: 'CRM', status: 'INSTALLED', competitorName: '' };
    const { productLines, ...oldSettings } = data.settings;
    expect(productLines).toEqual([]);
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    await v4.table('accounts').bulkPut(data.accounts);
    await v4.table('whitespaceCells').put(oldCell);
    const oldPreparation = { checklist: { customerInfo: true, competitorInfo: false, projectInfo: false, personalInfo: false }, spinQuestions: '现在用什么系统？', fabePoints: '', expectedObjections: '', targetCommitment: '约技术交流' };
    const oldVisit = { ...data.activities[0], planned: true, preparation: oldPreparation } as Record<string, unknown>;
    delete oldVisit.commitmentObtained;
    delete oldVisit.chainUpdates;
    await v4.table('activities').put(oldVisit);
    await v4.table('settings').put(oldSettings);
    v4.close();

    const db = new KeyplanDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.whitespaceCells.toArray()).toEqual([{ ...oldCell, potential: null, opportunityIds: [], notes: '' }]);
    expect((await db.settings.toArray())[0]?.productLines).toEqual([]);
    // Visits gained their record and a structured preparation; the free text written before stays.
    expect(await db.activities.get(String(oldVisit.id))).toEqual({
      ...oldVisit,
      commitmentObtained: '',
      chainUpdates: [],
      preparation: { ...oldPreparation, spin: { situation: '', problem: '', implication: '', needPayoff: '' }, fabe: [], objections: [] },
    });
    await db.delete();
  });
});
