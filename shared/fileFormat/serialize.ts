/**
 * Writes a workspace as the envelope JSON, deterministically: fixed table order, records sorted by id,
 * keys in schema order (records are stored as parsed by their schema). The output is a list of string
 * parts so a 40 MB file is handed to a Blob without one giant concatenation.
 *
 * With `redact`, every stakeholder's personal file (家庭、籍贯、学校、爱好、职业目标) is emptied, live
 * and in snapshots, and the envelope says so; likewise contact details with `withoutContacts`, and
 * with `coachAlias` ("向导 {letter}") every coach is named by an alias, his title and what was
 * written about him left out — the review pack's redaction (shared/report/redaction.ts), one rule.
 */
import type { Stakeholder } from '../domain/stakeholder';
import type { Settings } from '../domain/settings';
import { NOTHING_LEFT_OUT, coachAliases, everyPerson, redactPeople, type Redaction } from '../report/redaction';
import type { TableName, WorkspaceTables } from '../domain/workspace';
import { TABLES } from '../domain/workspace';
import type { AppInfo } from './envelope';
import { CURRENT_FORMAT_VERSION, WORKSPACE_FORMAT, type FileHistory } from './envelope';
import { hiddenNames, hideNamesInJson, type HiddenNames } from '../report/hiddenNames';

export interface SerializeOptions {
  app: AppInfo;
  exportedAt: string;
  redact: boolean;
  /** Leave out phone, mobile, e-mail, WeChat and address. */
  withoutContacts?: boolean;
  /** Hide coaches behind this alias ("向导 {letter}"). */
  coachAlias?: string;
  /** The file holds only some accounts (slice.ts). */
  slice?: boolean;
  /** The exporting workspace's id (envelope.ts). */
  source?: string;
  /** Where its records came from (envelope.ts); people in it are left out like the tables' people. */
  history?: FileHistory;
}

/** What a file leaves out, with every hidden coach's alias worked out over the whole workspace. */
export interface TableRedaction {
  redaction: Redaction;
  aliases: ReadonlyMap<string, string>;
  /** Hidden coaches' names, replaced by their aliases in every text of every table (hiddenNames.ts). */
  names: HiddenNames;
}

const KEEP_EVERYTHING: TableRedaction = { redaction: NOTHING_LEFT_OUT, aliases: new Map(), names: [] };

const aliasWord = (template: string) => (letter: string) => template.replace('{letter}', letter);

/** The redaction an export's options ask for; `people` are every stakeholder, live and in snapshots. */
export function tableRedaction(options: Pick<SerializeOptions, 'redact' | 'withoutContacts' | 'coachAlias'>, people: () => readonly Stakeholder[]): TableRedaction {
  const redaction: Redaction = { personalFiles: !options.redact, contacts: options.withoutContacts !== true, hideCoaches: options.coachAlias !== undefined };
  if (!redaction.hideCoaches) return { redaction, aliases: new Map(), names: [] };
  const everyone = people();
  const aliases = coachAliases(everyone, redaction, aliasWord(options.coachAlias ?? ''));
  return { redaction, aliases, names: hiddenNames(everyone, aliases) };
}

const isLeftOut = (r: TableRedaction) => !r.redaction.personalFiles || !r.redaction.contacts || r.redaction.hideCoaches;

/** Tables whose JSON differs when personal files are left out (with coaches hidden, every table's may). */
export const REDACTABLE_TABLES: ReadonlySet<TableName> = new Set<TableName>(['stakeholders', 'chartSnapshots']);

function sortedById<R extends { id: string }>(records: readonly R[]): readonly R[] {
  for (let i = 1; i < records.length; i += 1) {
    if ((records[i - 1] as R).id > (records[i] as R).id) return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return records;
}

/** One table's records as a JSON array, sorted by id, people redacted as asked. */
export function serializeTable<T extends TableName>(table: T, records: WorkspaceTables[T], redaction: TableRedaction = KEEP_EVERYTHING): string {
  let sorted: readonly unknown[] = sortedById<{ id: string }>(records);
  const redact = (people: readonly Stakeholder[]) => redactPeople(people, redaction.redaction, () => '', redaction.aliases);
  if (isLeftOut(redaction) && table === 'stakeholders') {
    sorted = redact(sorted as readonly Stakeholder[]);
  } else if (isLeftOut(redaction) && table === 'chartSnapshots') {
    sorted = (sorted as WorkspaceTables['chartSnapshots']).map((snap) => ({ ...snap, stakeholders: redact(snap.stakeholders) }));
  }
  // A hidden coach's name goes from every text: summaries, strategies, notes (hiddenNames.ts).
  return hideNamesInJson(JSON.stringify(sorted), redaction.names);
}

/**
 * The envelope around already serialized parts (the export worker caches tables as JSON, or as Blobs
 * of it: `P`).
 */
export function assembleWorkspace<P = string>(options: SerializeOptions, settingsJson: string, tableJson: (table: TableName) => P, names: HiddenNames = []): (string | P)[] {
  const head = {
    format: WORKSPACE_FORMAT,
    version: CURRENT_FORMAT_VERSION,
    exportedAt: options.exportedAt,
    app: options.app,
    redacted: options.redact,
    ...(options.withoutContacts ? { contactsLeftOut: true } : {}),
    ...(options.coachAlias !== undefined ? { coachesHidden: true } : {}),
    ...(options.slice ? { slice: true } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
  };
  const history = options.history ? redactedHistory(options.history, options) : undefined;
  const headJson = JSON.stringify(head);
  const parts: (string | P)[] = [headJson.slice(0, -1), ...(history ? [`,"history":${hideNamesInJson(JSON.stringify(history), names)}`] : []), ',"data":{"settings":', settingsJson];
  for (const table of TABLES) parts.push(`,${JSON.stringify(table)}:`, tableJson(table));
  parts.push('}}');
  return parts;
}

export function serializeWorkspace(settings: Settings, tables: WorkspaceTables, options: SerializeOptions): string[] {
  const redaction = tableRedaction(options, () => everyPerson(tables));
  return assembleWorkspace(options, JSON.stringify(settings), (table) => serializeTable(table, tables[table], redaction), redaction.names);
}

/**
 * The history as the file may show it: its people redacted as the tables' people are (a coach's old
 * title is as identifying as his new one), and what other sources sent only in a complete file.
 */
function redactedHistory(history: FileHistory, options: SerializeOptions): FileHistory {
  const people = history.ancestors.flatMap((entry) => (entry.table === 'stakeholders' ? [entry.record as unknown as Stakeholder] : []));
  const redaction = tableRedaction(options, () => people);
  const complete = !isLeftOut(redaction) && options.slice !== true;
  const redact = (people: readonly Stakeholder[]) => redactPeople(people, redaction.redaction, () => '', redaction.aliases);
  const entry = <E extends { table: TableName; record: Record<string, unknown> }>(e: E): E => {
    if (!isLeftOut(redaction)) return e;
    if (e.table === 'stakeholders') return { ...e, record: redact([e.record as unknown as Stakeholder])[0] as unknown as E['record'] };
    if (e.table === 'chartSnapshots') return { ...e, record: { ...e.record, stakeholders: redact((e.record.stakeholders ?? []) as Stakeholder[]) } };
    return e;
  };
  return {
    ...(history.pristineFrom !== undefined ? { pristineFrom: history.pristineFrom } : {}),
    ancestors: history.ancestors.map(entry),
    ...(complete && history.seen ? { seen: history.seen } : {}),
  };
}
