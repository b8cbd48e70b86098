/** The import that writes while it checks (an empty workspace): what it stores, and that a failure stores nothing. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { ensureSettings } from '../../../renderer/data/repositories/settingsRepository';
import { readWorkspace, replaceWorkspaceWhileChecking, type RecordToAdd } from '../../../renderer/data/repositories/workspaceRepository';
import { importWhileChecking } from '../../../renderer/workers/importWhileChecking';
import type { WorkerResponse } from '../../../renderer/workers/workspaceWorkerProtocol';
import { countRecords } from '../../../shared/domain/workspace';
import { restore } from '../../../shared/fileFormat/restore';
import { buildSampleWorkspace, envelopeOf } from '../../support/sampleWorkspace';

let db: KeyplanDatabase;
let counter = 0;
const ROOM = { space: null, fileBytes: 1 };

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`import-while-checking-${counter}`);
  await db.open();
  await ensureSettings(db, new Date('2026-03-01T00:00:00Z'));
});
afterEach(async () => {
  await db.delete();
});

type Json = Record<string, unknown>;
const documentOf = (accounts: number) => JSON.parse(JSON.stringify(envelopeOf(buildSampleWorkspace({ accounts, stakeholders: 10 })))) as Json & { data: Record<string, Json[]> };
const first = (records: Json[] | undefined): Json => {
  const record = records?.[0];
  if (!record) throw new Error('the sample has no such record');
  return record;
};

async function run(document: unknown) {
  const messages: WorkerResponse[] = [];
  const outcome = await importWhileChecking(db, document, ROOM, (message) => messages.push(message));
  return { outcome, messages, stored: await readWorkspace(db) };
}

describe('import into an empty workspace, written while checked', () => {
  it('stores exactly what restore() returns, says how many, and reports checking then writing', async () => {
    const document = documentOf(400);
    const expected = restore(document);
    if (!expected.ok) throw new Error('the sample must pass');
    const { outcome, messages, stored } = await run(document);
    expect(outcome.kind).toBe('imported');
    expect(stored.settings).toEqual(expected.data.settings);
    expect(stored.tables).toEqual(Object.fromEntries(Object.entries(expected.data).filter(([table]) => table !== 'settings')));
    const done = messages.at(-1);
    expect(done).toMatchObject({ type: 'imported', count: countRecords(expected.data), summary: { incoming: countRecords(expected.data), existing: 0, needsConfirmation: false } });
    // One phase at a time: "checking" first, then the stored records counted up, never back.
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m] : []));
    expect(progress[0]?.phase).toBe('validating');
    expect(progress.slice(1).every((m) => m.phase === 'writing')).toBe(true);
    const counts = progress.slice(1).map((m) => m.done);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(countRecords(expected.data));
  });

  it('a problem across records is refused in restore()\'s words, and nothing is stored', async () => {
    const before = await readWorkspace(db);
    const document = documentOf(3);
    Object.assign(first(document.data.competitors), { accountId: 'acc-404' });
    const expected = restore(document);
    if (expected.ok) throw new Error('the reference must be refused');
    const { outcome, messages, stored } = await run(document);
    expect(outcome.kind).toBe('refused');
    expect(messages.at(-1)).toEqual({ type: 'refused', problems: expected.problems, total: expected.total });
    expect(stored).toEqual(before);
  });

  it('a record its schema refuses (the last one, steps after the first records were stored) leaves the verdict to restore(), and nothing is stored', async () => {
    const before = await readWorkspace(db);
    const document = documentOf(300);
    Object.assign(document.data.chartSnapshots?.at(-1) ?? first(document.data.whitespaceCells), { accountId: 7 });
    const { outcome, messages, stored } = await run(document);
    expect(outcome.kind).toBe('not-taken');
    expect(messages.some((m) => m.type === 'imported' || m.type === 'refused')).toBe(false);
    expect(stored).toEqual(before);
  });

  it('no room for the file: not taken, nothing written', async () => {
    const before = await readWorkspace(db);
    const messages: WorkerResponse[] = [];
    const outcome = await importWhileChecking(db, documentOf(2), { space: { usage: 0, quota: 10 }, fileBytes: 100 }, (m) => messages.push(m));
    expect(outcome.kind).toBe('not-taken');
    expect(await readWorkspace(db)).toEqual(before);
  });
});

describe('replaceWorkspaceWhileChecking', () => {
  it('a check that fails after handing over records aborts the one transaction', async () => {
    const before = await readWorkspace(db);
    const data = buildSampleWorkspace({ accounts: 10 });
    function* halfThenRefused(): Generator<RecordToAdd, null, undefined> {
      yield { table: 'settings', record: { ...data.settings, planYear: 1999 } };
      for (const account of data.accounts) yield { table: 'accounts', record: account };
      return null;
    }
    const result = await replaceWorkspaceWhileChecking(db, countRecords(data), halfThenRefused());
    expect(result).toBeNull();
    expect(await readWorkspace(db)).toEqual(before);
  });

  it('a record IndexedDB refuses (the same id twice) rejects, and nothing is stored', async () => {
    const before = await readWorkspace(db);
    const data = buildSampleWorkspace({ accounts: 3 });
    function* sameIdTwice(): Generator<RecordToAdd, boolean, undefined> {
      for (const account of data.accounts) yield { table: 'accounts', record: account };
      yield { table: 'accounts', record: data.accounts[0] ?? {} };
      return true;
    }
    await expect(replaceWorkspaceWhileChecking(db, 4, sameIdTwice())).rejects.toThrow();
    expect(await readWorkspace(db)).toEqual(before);
  });

  it('storage that gives out before every record was handed over (a full disk) rejects with the storage’s own error, not “refused”', async () => {
    const before = await readWorkspace(db);
    const data = buildSampleWorkspace({ accounts: 3 });
    // The same id twice in the first step, with more records still to come: IndexedDB aborts the
    // transaction mid-way, as it does when the disk fills up.
    function* failsEarly(): Generator<RecordToAdd, boolean, undefined> {
      yield { table: 'accounts', record: data.accounts[0] ?? {} };
      yield { table: 'accounts', record: data.accounts[0] ?? {} };
      for (let i = 0; i < 5_000; i += 1) yield { table: 'activities', record: { ...data.activities[0], id: `act-${i}` } };
      return true;
    }
    const error = await replaceWorkspaceWhileChecking(db, 5_002, failsEarly()).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ConstraintError');
    expect(await readWorkspace(db)).toEqual(before);
  });
});
