import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restore } from '../../../shared/fileFormat/restore';
import { documentRecordCount, restoreRecordByRecord, type AcceptedRecord } from '../../../shared/fileFormat/restoreRecordByRecord';
import { TABLES } from '../../../shared/domain/workspace';
import { buildSampleWorkspace, envelopeOf } from '../../support/sampleWorkspace';
import { buildSampleTables } from '../../../shared/sample/sampleWorkspace';
import { defaultSettings } from '../../../shared/domain/settings';

const TODAY = { today: '2026-06-01' };

function run(document: unknown) {
  const accepted: AcceptedRecord[] = [];
  const records = restoreRecordByRecord(document, TODAY);
  for (;;) {
    const next = records.next();
    if (next.done) return { result: next.value, accepted };
    accepted.push(next.value);
  }
}

type Json = Record<string, unknown>;
/** A sample file as JSON.parse gives it: plain objects to change at will. */
const documentOf = () => JSON.parse(JSON.stringify(envelopeOf(buildSampleWorkspace({ accounts: 3 })))) as Json & { data: Record<string, Json[] | undefined> };
const recordOf = (document: ReturnType<typeof documentOf>, table: string, index: number): Json => {
  const record = document.data[table]?.[index];
  if (!record) throw new Error(`no ${table}[${index}] in the sample`);
  return record;
};

describe('restoreRecordByRecord() is restore(), record by record', () => {
  it('accepts a valid file as restore() does, handing over settings and then every record in table order', () => {
    const document = documentOf();
    const { result, accepted } = run(document);
    expect(result).toEqual(restore(document, TODAY));
    if (!result?.ok) throw new Error('expected the sample to pass');
    expect(accepted.map((a) => a.table)).toEqual(['settings', ...TABLES.flatMap((t) => result.data[t].map(() => t))]);
    const records: object[] = [result.data.settings];
    for (const table of TABLES) records.push(...result.data[table]);
    expect(accepted.map((a) => a.record)).toEqual(records);
    expect(documentRecordCount(document)).toBe(accepted.length - 1);
  });

  it('accepts the first-start sample (both languages) as restore() does', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const now = '2026-06-01T08:00:00.000Z';
      const data = { settings: defaultSettings(now, 2026), ...buildSampleTables({ language, today: TODAY.today, year: 2026, now }) };
      const document = JSON.parse(JSON.stringify(envelopeOf(data))) as unknown;
      expect(run(document).result).toEqual(restore(document, TODAY));
    }
  });

  it('reports problems across records as restore() does (the records were handed over, the caller discards them)', () => {
    const document = documentOf();
    Object.assign(recordOf(document, 'competitors', 0), { accountId: 'acc-404' });
    const { result, accepted } = run(document);
    expect(result?.ok).toBe(false);
    expect(result).toEqual(restore(document, TODAY));
    expect(accepted.length).toBeGreaterThan(1);
  });

  it('leaves to restore() what it does not take: an older version, a record the schema refuses, an odd envelope', () => {
    const older = { ...documentOf(), version: 1 };
    expect(run(older).result).toBeNull();
    const badRecord = documentOf();
    Object.assign(recordOf(badRecord, 'accounts', 1), { tier: 'X' });
    expect(run(badRecord).result).toBeNull();
    expect(restore(badRecord, TODAY).ok).toBe(false);
    for (const value of [null, 7, 'x', [], {}, { ...documentOf(), data: 7 }, { ...documentOf(), exportedAt: 'yesterday' }]) expect(run(value).result).toBeNull();
  });

  it('for any one field changed anywhere, it agrees with restore() or leaves the verdict to it', () => {
    const base = documentOf();
    const places = TABLES.flatMap((table) => (base.data[table] ?? []).map((_, index) => ({ table, index })));
    const field = fc.oneof(
      fc.constantFrom(...places).chain(({ table, index }) => fc.record({ table: fc.constant(table), index: fc.constant(index), key: fc.constantFrom(...Object.keys(recordOf(base, table, index))) })),
      fc.record({ table: fc.constant('settings'), index: fc.constant(-1), key: fc.constantFrom(...Object.keys(base.data.settings ?? {})) }),
      fc.record({ table: fc.constant('envelope'), index: fc.constant(-1), key: fc.constantFrom('exportedAt', 'app', 'redacted', 'slice', 'source', 'format') }),
    );
    const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 3 }), fc.integer({ min: -2, max: 5 }), fc.constant('acc-000002'), fc.constant([]), fc.constant({}));
    fc.assert(
      fc.property(field, value, ({ table, index, key }, next) => {
        const document = documentOf();
        const target: Json = table === 'envelope' ? document : table === 'settings' ? (document.data.settings as unknown as Json) : recordOf(document, table, index);
        if (next === undefined) Reflect.deleteProperty(target, key);
        else target[key] = next;
        const expected = restore(document, TODAY);
        const { result } = run(document);
        if (result === null) expect(expected.ok).toBe(false);
        else expect(result).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
