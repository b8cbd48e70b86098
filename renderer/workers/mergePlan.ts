/**
 * A merge of several files into the workspace, computed before anything is written: each file is laid
 * onto the result of the ones before it with the shared rules (shared/merge/mergeWorkspaces.ts), and
 * the preview says per file and table what is new, updated, deleted, unchanged and in conflict, and
 * lists each conflict with both values of every field that differs.
 */
import { TABLES, type WorkspaceTables } from '../../shared/domain/workspace';
import { applyChoices, baseKey, mergeWorkspaces, type MergeSide, type RecordConflict } from '../../shared/merge/mergeWorkspaces';
import type { MergeConflictView, MergePreview } from './workspaceWorkerProtocol';
import { findDuplicateAccounts, linkAccounts } from '../../shared/merge/duplicateAccounts';

export interface MergePlan {
  preview: MergePreview;
  /** The merged tables as the rules chose. */
  tables: WorkspaceTables;
  conflicts: RecordConflict[];
}

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
 * A file exported without personal files says nothing about them: its key people take the personal
 * file this workspace holds, so merging it never empties what the director knows.
 */
function withOurPersonalFiles(file: WorkspaceTables, ours: WorkspaceTables): WorkspaceTables {
  const known = new Map(ours.stakeholders.map((s) => [s.id, s.personalFile]));
  const fill = <S extends { id: string; personalFile: WorkspaceTables['stakeholders'][number]['personalFile'] }>(s: S): S => ({ ...s, personalFile: known.get(s.id) ?? s.personalFile });
  return {
    ...file,
    stakeholders: file.stakeholders.map(fill),
    chartSnapshots: file.chartSnapshots.map((snap) => ({ ...snap, stakeholders: snap.stakeholders.map(fill) })),
  };
}

export function planMerge(ours: WorkspaceTables, files: readonly { name: string; tables: WorkspaceTables; redacted: boolean }[], base: ReadonlyMap<string, string>): MergePlan {
  let current = ours;
  const preview: MergePreview = { files: [], conflicts: [], cycles: [], duplicates: [], total: 0 };
  const conflicts: RecordConflict[] = [];
  for (const file of files) {
    for (const pair of findDuplicateAccounts(current, file.tables)) preview.duplicates.push({ file: file.name, ...pair });
    const outcome = mergeWorkspaces(current, file.redacted ? withOurPersonalFiles(file.tables, current) : file.tables, base);
    // Tables the file changes (a table it only repeats is no news).
    const changes = (t: (typeof TABLES)[number]) => outcome.counts[t].added + outcome.counts[t].updated + outcome.counts[t].deleted + outcome.counts[t].conflicts > 0;
    const counts = Object.fromEntries(TABLES.filter(changes).map((t) => [t, outcome.counts[t]]));
    preview.files.push({ name: file.name, counts });
    for (const cycle of outcome.cycles) preview.cycles.push({ file: file.name, ...cycle });
    conflicts.push(...outcome.conflicts);
    const accounts = new Map(outcome.tables.accounts.map((a) => [a.id, a.name]));
    preview.conflicts.push(
      ...outcome.conflicts.map(
        (c): MergeConflictView => ({
          key: baseKey(c.table, c.id),
          file: file.name,
          table: c.table,
          label: labelOf(c.ours as Named & { id: string }),
          account: typeof c.ours.accountId === 'string' ? (accounts.get(c.ours.accountId) ?? '') : '',
          fields: c.fields.map((path) => ({ path: path.join('.'), ours: show(path.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], c.ours)), theirs: show(path.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], c.theirs)) })),
          chosen: c.chosen,
        }),
      ),
    );
    current = outcome.tables;
  }
  preview.total = TABLES.reduce((sum, t) => sum + current[t].length, 0);
  return { preview, tables: current, conflicts };
}

/**
 * The merged tables with the person's flips and the accounts they chose to link (`[theirs, ours]`),
 * and the bases the next merge compares with.
 */
export function finishMerge(plan: MergePlan, flips: ReadonlyMap<string, MergeSide>, links: readonly [string, string][] = [], now = new Date().toISOString()): { tables: WorkspaceTables; base: Record<string, string> } {
  let tables = applyChoices(plan, flips);
  for (const [theirsId, oursId] of links) tables = linkAccounts(tables, theirsId, oursId, now);
  const base: Record<string, string> = {};
  for (const table of TABLES) for (const record of tables[table]) base[baseKey(table, record.id)] = record.updatedAt;
  return { tables, base };
}
