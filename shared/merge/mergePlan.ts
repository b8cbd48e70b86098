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
import { diffFields, valueAtPath, withValueAtPath } from '../domain/recordPatch';
import { settingsSchema, type Settings } from '../domain/settings';
import type { Stakeholder } from '../domain/stakeholder';
import { TABLES, type TableName, type WorkspaceTables } from '../domain/workspace';
import { findDuplicateAccounts, linkAccounts } from './duplicateAccounts';
import { applyChoices, baseKey, WorkspaceMerger, type MergeBase, type MergeSide, type RecordConflict, type TableCounts } from './mergeWorkspaces';

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
}

export interface MergeConflictView {
  /** `table/id`: the key a flip is sent back with. */
  key: string;
  file: string;
  table: TableName;
  label: string;
  account: string;
  fields: { path: string; ours: string; theirs: string }[];
  chosen: MergeSide;
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
  /** The merged tables as the rules chose. */
  tables: WorkspaceTables;
  conflicts: RecordConflict[];
  merger: WorkspaceMerger;
  settings: Settings;
  files: readonly MergeFile[];
}

/** The person's answers to the preview. */
export interface MergeChoices {
  /** Conflicts settled the other way, by `table/id`. */
  flips: ReadonlyMap<string, MergeSide>;
  /** `[the file's account, ours]` to fold into one. */
  links?: readonly (readonly [string, string])[];
  /** Settings groups to take from a file: `[key, file name]`. */
  settings?: readonly (readonly [string, string])[];
}

/** Where the last merges of each source ended: `bases.get(source)` (null: files without a source). */
export type MergeBases = ReadonlyMap<string | null, MergeBase>;

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

export function planMerge(ours: { settings: Settings; tables: WorkspaceTables }, files: readonly MergeFile[], bases: MergeBases = new Map()): MergePlan {
  const merger = new WorkspaceMerger(ours.tables);
  const preview: MergePreview = { files: [], conflicts: [], cycles: [], duplicates: [], settings: settingsDifferences(ours.settings, files), total: 0 };
  const conflicts: RecordConflict[] = [];
  const accountNames = new Map(ours.tables.accounts.map((a) => [a.id, a.name]));
  for (const file of files) {
    for (const pair of findDuplicateAccounts({ accounts: merger.records('accounts') }, file.tables)) preview.duplicates.push({ file: file.name, ...pair });
    const leftOut = file.redacted || file.contactsLeftOut === true || file.coachesHidden === true;
    const tables = leftOut ? withOurLeftOutFields(file.tables, (id) => merger.get('stakeholders', id), file) : file.tables;
    const outcome = merger.add(tables, bases.get(file.source) ?? new Map(), file.name, { alwaysList: ALWAYS_LIST });
    for (const account of file.tables.accounts) if (!accountNames.has(account.id)) accountNames.set(account.id, account.name);
    // Tables the file changes (a table it only repeats is no news).
    const changes = (t: TableName) => outcome.counts[t].added + outcome.counts[t].updated + outcome.counts[t].deleted + outcome.counts[t].conflicts > 0;
    preview.files.push({ name: file.name, counts: Object.fromEntries(TABLES.filter(changes).map((t) => [t, outcome.counts[t]])) });
    conflicts.push(...outcome.conflicts);
    preview.conflicts.push(
      ...outcome.conflicts.map(
        (c): MergeConflictView => ({
          key: baseKey(c.table, c.id),
          file: file.name,
          table: c.table,
          label: labelOf(c.ours as Named & { id: string }),
          account: typeof c.ours.accountId === 'string' ? (accountNames.get(c.ours.accountId) ?? '') : '',
          fields: c.fields.map((path) => ({ path: path.join('.'), ours: show(valueAtPath(c.ours, path)), theirs: show(valueAtPath(c.theirs, path)) })),
          chosen: c.chosen,
        }),
      ),
    );
  }
  const { tables, cycles } = merger.finish();
  preview.cycles = cycles;
  // The team list first: it is what a director checks before anything else.
  preview.conflicts.sort((a, b) => Number(b.table === 'teamMembers') - Number(a.table === 'teamMembers'));
  preview.total = TABLES.reduce((sum, t) => sum + tables[t].length, 0);
  return { preview, tables, conflicts, merger, settings: ours.settings, files };
}

export interface FinishedMerge {
  settings: Settings;
  tables: WorkspaceTables;
  /** Only the records a write must store (new or different from the workspace's own). */
  changed: WorkspaceTables;
  settingsChanged: boolean;
  /** Per source: `table/id` → the `updatedAt` this merge ended with, for the records that source sent. */
  bases: Map<string | null, Record<string, string>>;
}

/** The merged workspace with the person's answers applied, what must be written, and the next bases. */
export function finishMerge(plan: MergePlan, choices: MergeChoices, now = new Date().toISOString()): FinishedMerge {
  let tables = applyChoices(plan, choices.flips);
  for (const [theirsId, oursId] of choices.links ?? []) tables = linkAccounts(tables, theirsId, oursId, now);

  let settings = plan.settings;
  for (const [key, fileName] of choices.settings ?? []) {
    const file = plan.files.find((f) => f.name === fileName);
    if (file) settings = withValueAtPath(settings, [key], valueAtPath(file.settings, [key]));
  }
  const settingsChanged = settings !== plan.settings;
  if (settingsChanged) settings = settingsSchema.parse({ ...settings, updatedAt: now });

  const final = new Map(TABLES.map((table) => [table, new Map((tables[table] as { id: string; updatedAt: string }[]).map((r) => [r.id, r.updatedAt]))]));
  const bases = new Map<string | null, Record<string, string>>();
  for (const file of plan.files) {
    const base = bases.get(file.source) ?? {};
    for (const table of TABLES) {
      const stamps = final.get(table) as Map<string, string>;
      for (const record of file.tables[table] as { id: string }[]) {
        const stamp = stamps.get(record.id);
        if (stamp !== undefined) base[baseKey(table, record.id)] = stamp;
      }
    }
    bases.set(file.source, base);
  }
  return { settings, tables, changed: plan.merger.changed(tables), settingsChanged, bases };
}
