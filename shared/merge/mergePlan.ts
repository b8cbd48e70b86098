/**
 * A merge of several files into a workspace, computed before anything is written: each file is laid
 * onto the result of the ones before it with the shared rules (mergeWorkspaces.ts), and the preview
 * says per file and table what is new, updated, deleted, unchanged and in conflict, lists each
 * conflict with both values of every field that differs, every difference in the team list, and the
 * settings where a file differs from ours (kept as ours unless the person picks a file's value).
 *
 * The per-record base is kept per source (the workspace a file was exported from, named in its
 * envelope): "changed on both sides" means since the last merge from *that* source, so a manager who
 * never saw a colleague's edit is told apart from one who built on it. Independent of the transport:
 * a sync engine can hand the same function its changes.
 */
import { diffFields, pathKey, valueAtPath, withValueAtPath } from '../domain/recordPatch';
import { settingsSchema, type Settings } from '../domain/settings';
import type { Stakeholder } from '../domain/stakeholder';
import { TABLES, tablesFrom, type TableName, type WorkspaceTables } from '../domain/workspace';
import { findDuplicateAccounts, linkAccounts } from './duplicateAccounts';
import { baseFinder, NO_HISTORY, type MergeHistory } from './mergeHistory';
import { changedRecords, choicesByRecord, mergeTables, OURS, recordKey, type AnyRecord, type RecordConflict, type TableCounts, type TablesMerge } from './mergeWorkspaces';
import { mergeRecord } from './threeWayMerge';
import { fieldKind, type FieldKind } from './fieldKinds';

export interface MergeFile {
  name: string;
  /** The workspace the file was exported from (its envelope's `source`); null for files written before sources. */
  source: string | null;
  settings: Settings;
  tables: WorkspaceTables;
  redacted: boolean;
  /** The file left out contact details / hid coaches (its envelope says so): ours are kept. */
  contactsLeftOut?: boolean;
  coachesHidden?: boolean;
  /** The versions its records were changed from (its envelope's history); undefined for older files. */
  ancestors?: ReadonlyMap<string, AnyRecord>;
}

export interface MergeConflictView {
  /** `table/id#field`: the key a choice is sent back with. */
  key: string;
  table: TableName;
  label: string;
  account: string;
  /** The field, as a dotted path (`title`, `personalFile.hometown`). */
  field: string;
  /** The common ancestor's value, when known. */
  base: { value: unknown } | null;
  /** Every side that changed the field: `OURS` (this workspace) or a file's name, with its value as stored. */
  values: { side: string; value: unknown }[];
  chosen: string;
  /** How its values read (an amount, a code, a date …: fieldKinds.ts). */
  kind: FieldKind;
  /** Names of the records its values refer to (a reporting line's manager, an owner), by id. */
  names: Record<string, string>;
}

/** One group of settings (RFM standards, plan year …) where at least one file differs from ours. */
export interface SettingsDifference {
  /** Top-level settings key: `rfm`, `planYear`, `stageProbabilities` … */
  key: string;
  /** Per file that differs: the fields of the group that differ, as ours and as the file has them. */
  files: { file: string; ours: string; theirs: string }[];
}

export interface MergePreview {
  files: { name: string; counts: Partial<Record<TableName, TableCounts>> }[];
  conflicts: MergeConflictView[];
  cycles: { file: string; table: TableName; chain: string }[];
  /** Accounts of a file with the name of one of ours under another id: may be linked into ours. */
  duplicates: { file: string; name: string; oursId: string; theirsId: string }[];
  settings: SettingsDifference[];
  /** Records in the workspace after the merge. */
  total: number;
}

export interface MergePlan {
  preview: MergePreview;
  merge: TablesMerge;
  settings: Settings;
  files: readonly MergeFile[];
  history: MergeHistory;
  alwaysList: ReadonlySet<TableName>;
}

/** The person's answers to the preview. */
export interface MergeChoices {
  /** Per conflict key (`table/id#field`), the side whose value to keep, where it differs from the default. */
  choices: ReadonlyMap<string, string>;
  /** `[the file's account, ours]` to fold into one. */
  links?: readonly (readonly [string, string])[];
  /** Settings groups to take from a file: `[key, file name]`. */
  settings?: readonly (readonly [string, string])[];
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);
/** Every difference in the team list is shown: a manager's file must not silently rename a colleague. */
const ALWAYS_LIST = new Set<TableName>(['teamMembers']);

type Named = { name?: unknown; title?: unknown; product?: unknown; period?: unknown; accountId?: unknown };

const show = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

function labelOf(record: Named & { id: string }): string {
  for (const field of ['name', 'title', 'product', 'period'] as const) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return record.id;
}

/**
 * A file exported without personal files (or contacts, or with coaches hidden) says nothing about
 * them: its key people take what this workspace holds, so merging it never empties what the
 * director knows, nor renames his coach 向导 A.
 */
function withOurLeftOutFields(file: WorkspaceTables, known: (id: string) => Stakeholder | undefined, leftOut: Pick<MergeFile, 'redacted' | 'contactsLeftOut' | 'coachesHidden'>): WorkspaceTables {
  const fill = <S extends Stakeholder>(s: S): S => {
    const ours = known(s.id);
    if (!ours) return s;
    const coach = leftOut.coachesHidden === true && ours.buyingRole === 'COACH';
    return {
      ...s,
      ...(leftOut.redacted || coach ? { personalFile: ours.personalFile } : {}),
      ...(leftOut.contactsLeftOut === true || coach ? { contacts: ours.contacts } : {}),
      ...(coach
        ? { name: ours.name, title: ours.title, department: ours.department, notes: ours.notes, personalNeeds: ours.personalNeeds, decisionCriteria: ours.decisionCriteria, organizationalNeeds: ours.organizationalNeeds }
        : {}),
    };
  };
  return {
    ...file,
    stakeholders: file.stakeholders.map(fill),
    chartSnapshots: file.chartSnapshots.map((snap) => ({ ...snap, stakeholders: snap.stakeholders.map(fill) })),
  };
}

/** A group's differing leaves as "stage.WON: 100; …" (a whole RFM standard as JSON reads as noise). */
function groupText(group: unknown, other: unknown): string {
  if (typeof group !== 'object' || group === null) return show(group);
  return diffFields(group, other)
    .map((change) => `${change.path.join('.')}: ${show(valueAtPath(group, change.path))}`)
    .join('; ');
}

function settingsDifferences(ours: Settings, files: readonly MergeFile[]): SettingsDifference[] {
  const keys = new Map<string, SettingsDifference>();
  for (const file of files) {
    const groups = new Set(diffFields(ours, file.settings).map((change) => change.path[0] ?? ''));
    for (const key of groups) {
      if (BOOKKEEPING.has(key)) continue;
      const mine = valueAtPath(ours, [key]);
      const theirs = valueAtPath(file.settings, [key]);
      const entry = keys.get(key) ?? { key, files: [] };
      entry.files.push({ file: file.name, ours: groupText(mine, theirs), theirs: groupText(theirs, mine) });
      keys.set(key, entry);
    }
  }
  return [...keys.values()];
}

export function planMerge(ours: { settings: Settings; tables: WorkspaceTables }, files: readonly MergeFile[], history: MergeHistory = NO_HISTORY): MergePlan {
  const preview: MergePreview = { files: [], conflicts: [], cycles: [], duplicates: [], settings: settingsDifferences(ours.settings, files), total: 0 };
  const accountNames = new Map(ours.tables.accounts.map((a) => [a.id, a.name]));
  const knownPeople = new Map(ours.tables.stakeholders.map((s) => [s.id, s]));
  let accountsSoFar = ours.tables.accounts;
  const inputs = files.map((file) => {
    for (const pair of findDuplicateAccounts({ accounts: accountsSoFar }, file.tables)) preview.duplicates.push({ file: file.name, ...pair });
    accountsSoFar = [...accountsSoFar, ...file.tables.accounts.filter((a) => !accountNames.has(a.id))];
    for (const account of file.tables.accounts) if (!accountNames.has(account.id)) accountNames.set(account.id, account.name);
    const leftOut = file.redacted || file.contactsLeftOut === true || file.coachesHidden === true;
    const tables = leftOut ? withOurLeftOutFields(file.tables, (id) => knownPeople.get(id), file) : file.tables;
    return { label: file.name, tables, baseOf: baseFinder(history, { source: file.source, ancestors: file.ancestors }) };
  });
  const merge = mergeTables(ours.tables, inputs, { alwaysList: ALWAYS_LIST });
  for (const file of files) {
    const counts = merge.counts.get(file.name) as Record<TableName, TableCounts>;
    // Tables the file changes (a table it only repeats is no news).
    const changes = (t: TableName) => counts[t].added + counts[t].updated + counts[t].deleted + counts[t].conflicts > 0;
    preview.files.push({ name: file.name, counts: Object.fromEntries(TABLES.filter(changes).map((t) => [t, counts[t]])) });
  }
  const nameOf = recordNames(ours.tables, files);
  preview.conflicts = merge.conflicts.map((c) => conflictView(c, accountNames, nameOf));
  preview.cycles = merge.cycles;
  // The team list first: it is what a director checks before anything else.
  preview.conflicts.sort((a, b) => Number(b.table === 'teamMembers') - Number(a.table === 'teamMembers'));
  preview.total = TABLES.reduce((sum, t) => sum + merge.tables[t].length, 0);
  return { preview, merge, settings: ours.settings, files, history, alwaysList: ALWAYS_LIST };
}

/** The name of any record by its id, looked up only for the few values a conflict shows. */
function recordNames(ours: WorkspaceTables, files: readonly MergeFile[]): (id: string) => string | undefined {
  let names: Map<string, string> | null = null;
  return (id) => {
    if (!names) {
      names = new Map();
      for (const tables of [...files.map((f) => f.tables), ours]) {
        for (const table of ['accounts', 'stakeholders', 'teamMembers', 'opportunities', 'competitors', 'contracts'] as const) {
          for (const record of tables[table]) names.set(record.id, labelOf(record));
        }
      }
    }
    return names.get(id);
  };
}

function conflictView(c: RecordConflict, accountNames: ReadonlyMap<string, string>, nameOf: (id: string) => string | undefined): MergeConflictView {
  const accountId = c.record.accountId;
  const kind = fieldKind(c.table, c.path);
  const names: Record<string, string> = {};
  if (kind.kind === 'reference') {
    for (const value of [...c.values.map((v) => v.value), c.base?.value]) {
      const name = typeof value === 'string' ? nameOf(value) : undefined;
      if (name !== undefined && typeof value === 'string') names[value] = name;
    }
  }
  return {
    kind,
    names,
    key: c.key,
    table: c.table,
    label: labelOf(c.record),
    account: typeof accountId === 'string' ? (accountNames.get(accountId) ?? '') : '',
    field: pathKey(c.path),
    base: c.base ?? null,
    values: c.values.map((v) => ({ side: v.side, value: v.value })),
    chosen: c.chosen,
  };
}

/** What the merge changes in the history (mergeHistory.ts) once written. */
export interface HistoryUpdate {
  /** Per source: the versions its file sent that changed something, by record key. */
  seen: Map<string | null, Map<string, AnyRecord>>;
  /** Records this merge changed that had no ancestor yet: the version before. */
  ancestors: Map<string, AnyRecord>;
}

export interface FinishedMerge {
  settings: Settings;
  tables: WorkspaceTables;
  /** Only the records a write must store (new or different from the workspace's own). */
  changed: WorkspaceTables;
  settingsChanged: boolean;
  history: HistoryUpdate;
}

/** The merged tables with the person's choices applied: only the records with a conflict are merged again. */
function withChoices(plan: MergePlan, choices: ReadonlyMap<string, string>): WorkspaceTables {
  if (choices.size === 0) return plan.merge.tables;
  const replaced = new Map<string, AnyRecord>();
  for (const [key, paths] of choicesByRecord(choices)) {
    const entry = plan.merge.merged.get(key);
    if (!entry) continue;
    const again = mergeRecord(entry.ours, entry.contributions, { listEveryChange: plan.alwaysList.has(entry.table) }, paths);
    if (again.merged) replaced.set(key, again.merged);
  }
  return tablesFrom((table) => (plan.merge.tables[table] as AnyRecord[]).map((r) => replaced.get(recordKey(table, r.id)) ?? r));
}

/** The merged workspace with the person's answers applied, what must be written, and the history to keep. */
export function finishMerge(plan: MergePlan, choices: MergeChoices, now = new Date().toISOString()): FinishedMerge {
  let tables = withChoices(plan, choices.choices);
  for (const [theirsId, oursId] of choices.links ?? []) tables = linkAccounts(tables, theirsId, oursId, now);

  let settings = plan.settings;
  for (const [key, fileName] of choices.settings ?? []) {
    const file = plan.files.find((f) => f.name === fileName);
    if (file) settings = withValueAtPath(settings, [key], valueAtPath(file.settings, [key]));
  }
  const settingsChanged = settings !== plan.settings;
  if (settingsChanged) settings = settingsSchema.parse({ ...settings, updatedAt: now });

  const changed = changedRecords(plan.merge.original, tables);
  const sourceOf = new Map(plan.files.map((f) => [f.name, f.source]));
  const history: HistoryUpdate = { seen: new Map(), ancestors: new Map() };
  for (const [key, entry] of plan.merge.merged) {
    for (const c of entry.contributions) {
      if (!entry.result.changedBy.has(c.side) && c.base !== undefined) continue;
      const source = sourceOf.get(c.side) ?? null;
      const seen = history.seen.get(source) ?? new Map<string, AnyRecord>();
      seen.set(key, c.record);
      history.seen.set(source, seen);
    }
  }
  for (const table of TABLES) {
    const mine = plan.merge.original.get(table) as ReadonlyMap<string, AnyRecord>;
    for (const record of changed[table] as AnyRecord[]) {
      const own = mine.get(record.id);
      const key = recordKey(table, record.id);
      if (own && !plan.history.ancestors.has(key)) history.ancestors.set(key, own);
    }
  }
  return { settings, tables, changed, settingsChanged, history };
}

export { OURS };
