/**
 * The shared live query behind the matrix's reads: a preload reads before any view subscribes, the
 * value follows writes while someone uses it, and it is dropped (never shown stale) once nobody has.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { sharedLiveQuery, sharedLiveQueryFamily } from '../../../renderer/data/hooks/sharedLiveQuery';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

let db: KeyplanDatabase;
let counter = 0;
const { teamMembers } = buildSampleWorkspace({ accounts: 1, stakeholders: 1 });

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`shared-live-query-${counter}`);
  await db.open();
  await db.teamMembers.bulkPut(teamMembers);
});
afterEach(async () => {
  await db.delete();
});

const until = async (holds: () => boolean) => {
  for (let i = 0; i < 200 && !holds(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(holds()).toBe(true);
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sharedLiveQuery', () => {
  it('reads on preload with nobody subscribed, and a later subscriber has the value at once', async () => {
    let reads = 0;
    const query = sharedLiveQuery(async () => {
      reads += 1;
      return db.teamMembers.count();
    }, 200);
    expect(query.current()).toBeUndefined();
    const value = await query.preload();
    expect(value).toBe(teamMembers.length);
    expect(query.current()).toBe(value);
    const unsubscribe = query.subscribe(() => undefined);
    expect(query.current()).toBe(value);
    // A second preload of a value already read answers with it, without reading again.
    expect(await query.preload()).toBe(value);
    expect(reads).toBe(1);
    unsubscribe();
  });

  it('follows writes while subscribed, and drops its value once nobody has used it for a while', async () => {
    const query = sharedLiveQuery(() => db.teamMembers.count(), 50);
    let heard = 0;
    const unsubscribe = query.subscribe(() => {
      heard += 1;
    });
    await until(() => query.current() !== undefined);
    const before = query.current() ?? 0;
    const [member] = teamMembers;
    if (member) await db.teamMembers.put({ ...member, id: 'tm-new', name: '新同事' });
    await until(() => query.current() === before + 1);
    expect(heard).toBeGreaterThanOrEqual(2);
    unsubscribe();
    // Within the keeping time a new subscriber needs no read; after it, nothing stale is kept.
    expect(query.current()).toBe(before + 1);
    await pause(120);
    expect(query.current()).toBeUndefined();
  });

  it('keeps the value for a subscriber that came within the keeping time of a preload', async () => {
    const query = sharedLiveQuery(() => db.teamMembers.count(), 50);
    await query.preload();
    const unsubscribe = query.subscribe(() => undefined);
    await pause(120);
    expect(query.current()).toBeGreaterThan(0);
    unsubscribe();
  });

  it('throws the read error where the value is used, and reads again for the next one to use it', async () => {
    let fail = true;
    const query = sharedLiveQuery(async () => {
      if (fail) throw new Error('read failed');
      return db.teamMembers.count();
    }, 50);
    const unsubscribe = query.subscribe(() => undefined);
    await until(() => {
      try {
        query.current();
        return false;
      } catch {
        return true;
      }
    });
    expect(() => query.current()).toThrow('read failed');
    unsubscribe();
    await expect(query.preload()).rejects.toThrow('read failed');
    fail = false;
    const again = query.subscribe(() => undefined);
    await until(() => query.current() !== undefined);
    expect(query.current()).toBeGreaterThan(0);
    again();
  });
});

describe('sharedLiveQueryFamily', () => {
  it('gives one query per key, the same one each time', () => {
    const family = sharedLiveQueryFamily<number>();
    const a = family('2026 2026-12-01', () => db.teamMembers.count());
    expect(family('2026 2026-12-01', () => db.teamMembers.count())).toBe(a);
    expect(family('2027 2026-12-01', () => db.teamMembers.count())).not.toBe(a);
  });
});
