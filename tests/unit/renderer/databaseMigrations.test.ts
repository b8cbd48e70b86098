/**
 * Opens a database created at every old schema version with the current code and checks the data.
 * Version 1 is the first release; when version 2 arrives, add a block that builds a v1 database
 * from tests/fixtures and asserts what the upgrade produced.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KeyplanDatabase, SCHEMA_V1 } from '../../../renderer/data/database';
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
    expect(db.verno).toBe(1);
    const stored = await readWorkspace(db);
    expect(stored.tables.accounts.map((a) => a.name)).toEqual(data.accounts.map((a) => a.name));
    expect(stored.tables.planRows).toEqual(data.planRows);
    await db.delete();
  });
});
