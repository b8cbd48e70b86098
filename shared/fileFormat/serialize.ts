/**
 * Writes a workspace as the envelope JSON, deterministically: fixed table order, records sorted by id,
 * keys in schema order (records are stored as parsed by their schema). The output is a list of string
 * parts so a 40 MB file is handed to a Blob without one giant concatenation.
 *
 * With `redact`, every stakeholder's personal file (家庭、籍贯、学校、爱好、职业目标) is emptied, live
 * and in snapshots, and the envelope says so.
 */
import type { Stakeholder } from '../domain/stakeholder';
import type { Settings } from '../domain/settings';
import type { TableName, WorkspaceTables } from '../domain/workspace';
import { TABLES } from '../domain/workspace';
import type { AppInfo } from './envelope';
import { CURRENT_FORMAT_VERSION, WORKSPACE_FORMAT } from './envelope';

export interface SerializeOptions {
  app: AppInfo;
  exportedAt: string;
  redact: boolean;
  /** The file holds only some accounts (slice.ts). */
  slice?: boolean;
  /** The exporting workspace's id (envelope.ts). */
  source?: string;
}

const EMPTY_PERSONAL_FILE: Stakeholder['personalFile'] = { family: '', hometown: '', school: '', hobbies: '', careerGoals: '' };

function redactStakeholder(s: Stakeholder): Stakeholder {
  return { ...s, personalFile: EMPTY_PERSONAL_FILE };
}

/** Tables whose JSON differs when personal files are left out. */
export const REDACTABLE_TABLES: ReadonlySet<TableName> = new Set<TableName>(['stakeholders', 'chartSnapshots']);

function sortedById<R extends { id: string }>(records: readonly R[]): readonly R[] {
  for (let i = 1; i < records.length; i += 1) {
    if ((records[i - 1] as R).id > (records[i] as R).id) return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return records;
}

/** One table's records as a JSON array, sorted by id, personal files emptied when redacting. */
export function serializeTable<T extends TableName>(table: T, records: WorkspaceTables[T], redact: boolean): string {
  let sorted: readonly unknown[] = sortedById<{ id: string }>(records);
  if (redact && table === 'stakeholders') {
    sorted = (sorted as readonly Stakeholder[]).map(redactStakeholder);
  } else if (redact && table === 'chartSnapshots') {
    sorted = (sorted as WorkspaceTables['chartSnapshots']).map((snap) => ({ ...snap, stakeholders: snap.stakeholders.map(redactStakeholder) }));
  }
  return JSON.stringify(sorted);
}

/** The envelope around already serialized parts (the export worker caches tables as JSON). */
export function assembleWorkspace(options: SerializeOptions, settingsJson: string, tableJson: (table: TableName) => string): string[] {
  const head = {
    format: WORKSPACE_FORMAT,
    version: CURRENT_FORMAT_VERSION,
    exportedAt: options.exportedAt,
    app: options.app,
    redacted: options.redact,
    ...(options.slice ? { slice: true } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
  };
  const headJson = JSON.stringify(head);
  const parts: string[] = [headJson.slice(0, -1), ',"data":{"settings":', settingsJson];
  for (const table of TABLES) parts.push(`,${JSON.stringify(table)}:`, tableJson(table));
  parts.push('}}');
  return parts;
}

export function serializeWorkspace(settings: Settings, tables: WorkspaceTables, options: SerializeOptions): string[] {
  return assembleWorkspace(options, JSON.stringify(settings), (table) => serializeTable(table, tables[table], options.redact));
}
