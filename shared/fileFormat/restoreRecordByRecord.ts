/**
 * restore() one record at a time, for an import that writes while it checks: each record is handed
 * over as soon as it passed its table's schema, so IndexedDB stores the first records while
 * the later ones are being checked, and the checks across records run last, over the whole
 * workspace (the caller discards everything it was handed when they fail).
 *
 * It uses restore()'s own schemas and checkWorkspace(), record for record: a workspace it accepts is
 * exactly the one restore() returns. It only takes the common case — a current-version file whose
 * every record passes — and answers `null` for anything else (an older version to migrate, an odd
 * envelope, a record the schema refuses): restore() then gives its verdict and the problem list in
 * its usual words and order.
 */
import { tableSchemas, tablesFrom, TABLES, workspaceDataSchema, type TableName, type WorkspaceData } from '../domain/workspace';
import type { Settings } from '../domain/settings';
import { CURRENT_FORMAT_VERSION, WORKSPACE_FORMAT, envelopeSchema } from './envelope';
import { checkWorkspace, type RestoreOptions, type RestoreResult } from './restore';

/** What is handed over: the settings record first, then every table's records in TABLES order. */
export type AcceptedRecord = { table: 'settings'; record: Settings } | { [T in TableName]: { table: T; record: WorkspaceData[T][number] } }[TableName];

const shellSchema = envelopeSchema.omit({ data: true });

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How many records a document holds, counted before any is checked (for progress). */
export function documentRecordCount(document: unknown): number {
  const data = isPlainObject(document) ? document.data : undefined;
  if (!isPlainObject(data)) return 0;
  let count = 0;
  for (const table of TABLES) {
    const records = data[table];
    if (Array.isArray(records)) count += records.length;
  }
  return count;
}

/**
 * Yields each record once it passed its table's schema (settings first, then the tables in TABLES
 * order) and returns restore()'s result — or null for what it leaves to restore(). A generator, so
 * the caller decides when to check the next records (while IndexedDB stores the earlier ones).
 */
export function* restoreRecordByRecord(document: unknown, options: RestoreOptions = {}): Generator<AcceptedRecord, RestoreResult | null, undefined> {
  if (!isPlainObject(document) || document.format !== WORKSPACE_FORMAT || document.version !== CURRENT_FORMAT_VERSION) return null;
  const { data: rawData, ...rest } = document;
  const shell = shellSchema.safeParse(rest);
  if (!shell.success || !isPlainObject(rawData)) return null;
  const settings = workspaceDataSchema.shape.settings.safeParse(rawData.settings);
  if (!settings.success) return null;
  yield { table: 'settings', record: settings.data };
  const checkedTables = new Map<TableName, object[]>();
  for (const table of TABLES) {
    const records = rawData[table] ?? [];
    if (!Array.isArray(records)) return null;
    const schema = tableSchemas[table];
    const parsed: object[] = new Array<object>(records.length);
    for (let index = 0; index < records.length; index += 1) {
      const result = schema.safeParse(records[index]);
      if (!result.success) return null;
      parsed[index] = result.data;
      // The record came out of this table's schema; a loop over tables cannot say so to the type checker.
      yield { table, record: result.data } as AcceptedRecord;
    }
    checkedTables.set(table, parsed);
  }
  // Every record passed its table's schema: these are the tables restore() would return.
  const workspace: WorkspaceData = { settings: settings.data, ...tablesFrom((table) => checkedTables.get(table) ?? []) };
  const checked = checkWorkspace(workspace, options, document);
  if (!checked.ok) return checked;
  return { ok: true, envelope: { ...shell.data, data: workspace }, data: workspace, migratedFrom: null };
}
