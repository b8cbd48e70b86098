/**
 * Reference checks a schema cannot express: ids unique per table, every reference points at a record
 * that exists (tombstoned records count: they still exist for merging), references between people,
 * opportunities and links stay inside one account, and the reporting lines and the group/subsidiary
 * tree have no cycles.
 */
import type { TableName, WorkspaceTables } from '../domain/workspace';
import { TABLES } from '../domain/workspace';
import type { PathSegment, Problem } from './problems';
import { formatPath } from './problems';

interface RefTarget {
  table: TableName;
  /** The target must belong to the same account as the source record. */
  sameAccount: boolean;
}

interface RefSite {
  path: PathSegment[];
  id: string;
}

interface ReferenceRule {
  table: TableName;
  target: RefTarget;
  sites: (record: Record<string, unknown>) => RefSite[];
}

const single =
  (field: string) =>
  (record: Record<string, unknown>): RefSite[] => {
    const id = record[field];
    return typeof id === 'string' ? [{ path: [field], id }] : [];
  };

const list =
  (field: string) =>
  (record: Record<string, unknown>): RefSite[] => {
    const ids = record[field];
    return Array.isArray(ids) ? ids.flatMap((id, i) => (typeof id === 'string' ? [{ path: [field, i], id }] : [])) : [];
  };

const nested =
  (arrayField: string, field: string) =>
  (record: Record<string, unknown>): RefSite[] => {
    const items = record[arrayField];
    if (!Array.isArray(items)) return [];
    return items.flatMap((item: unknown, i) => {
      const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined;
      return typeof id === 'string' ? [{ path: [arrayField, i, field], id }] : [];
    });
  };

const to = (table: TableName, sameAccount = false): RefTarget => ({ table, sameAccount });

export const REFERENCE_RULES: readonly ReferenceRule[] = [
  { table: 'accounts', target: to('accounts'), sites: single('parentId') },
  { table: 'accounts', target: to('teamMembers'), sites: single('ownerId') },
  { table: 'stakeholders', target: to('accounts'), sites: single('accountId') },
  { table: 'stakeholders', target: to('stakeholders', true), sites: single('reportsToId') },
  { table: 'stakeholders', target: to('teamMembers'), sites: single('ownerId') },
  { table: 'influenceLinks', target: to('accounts'), sites: single('accountId') },
  { table: 'influenceLinks', target: to('stakeholders', true), sites: single('fromId') },
  { table: 'influenceLinks', target: to('stakeholders', true), sites: single('toId') },
  { table: 'competitors', target: to('accounts'), sites: single('accountId') },
  { table: 'competitors', target: to('opportunities', true), sites: single('opportunityId') },
  { table: 'opportunities', target: to('accounts'), sites: single('accountId') },
  { table: 'opportunities', target: to('teamMembers'), sites: single('ownerId') },
  { table: 'opportunities', target: to('competitors', true), sites: list('competitorIds') },
  { table: 'activities', target: to('accounts'), sites: single('accountId') },
  { table: 'activities', target: to('opportunities', true), sites: single('opportunityId') },
  { table: 'activities', target: to('stakeholders', true), sites: list('stakeholderIds') },
  { table: 'activities', target: to('teamMembers'), sites: list('teamMemberIds') },
  { table: 'activities', target: to('stakeholders', true), sites: nested('chainUpdates', 'stakeholderId') },
  { table: 'planRows', target: to('accounts'), sites: single('accountId') },
  { table: 'planRows', target: to('teamMembers'), sites: single('ownerId') },
  { table: 'planRows', target: to('teamMembers'), sites: nested('milestones', 'ownerId') },
  { table: 'contracts', target: to('accounts'), sites: single('accountId') },
  { table: 'contracts', target: to('opportunities', true), sites: single('opportunityId') },
  { table: 'contracts', target: to('stakeholders', true), sites: single('acceptanceSignerId') },
  { table: 'contracts', target: to('stakeholders', true), sites: single('paymentSignerId') },
  { table: 'renewals', target: to('accounts'), sites: single('accountId') },
  { table: 'whitespaceCells', target: to('accounts'), sites: single('accountId') },
  { table: 'whitespaceCells', target: to('opportunities', true), sites: list('opportunityIds') },
  { table: 'chartSnapshots', target: to('accounts'), sites: single('accountId') },
];

/** Tree edges whose cycles are refused: (table, field pointing at a parent in the same table). */
const TREE_FIELDS: readonly { table: TableName; field: string }[] = [
  { table: 'accounts', field: 'parentId' },
  { table: 'stakeholders', field: 'reportsToId' },
];

type AnyRecord = Record<string, unknown> & { id: string };
type Index = Map<string, { record: AnyRecord; position: number }>;

function recordsOf(data: WorkspaceTables, table: TableName): AnyRecord[] {
  return data[table];
}

function labelOf(record: AnyRecord): string {
  return typeof record.name === 'string' && record.name !== '' ? record.name : record.id;
}

export interface ReferenceCheckOptions {
  /** Stop collecting after this many problems (the caller reports how many more there were). */
  limit?: number;
}

export function checkReferences(data: WorkspaceTables, options: ReferenceCheckOptions = {}): { problems: Problem[]; total: number } {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const problems: Problem[] = [];
  let total = 0;
  const report = (problem: Problem) => {
    total += 1;
    if (problems.length < limit) problems.push(problem);
  };

  const indexes = new Map<TableName, Index>();
  for (const table of TABLES) {
    const index: Index = new Map();
    recordsOf(data, table).forEach((record, position) => {
      const earlier = index.get(record.id);
      if (earlier) {
        report({
          path: formatPath(['data', table, position, 'id']),
          code: 'duplicate_id',
          params: { id: record.id, other: formatPath(['data', table, earlier.position]) },
        });
      } else {
        index.set(record.id, { record, position });
      }
    });
    indexes.set(table, index);
  }

  for (const rule of REFERENCE_RULES) {
    const targetIndex = indexes.get(rule.target.table);
    recordsOf(data, rule.table).forEach((record, position) => {
      for (const site of rule.sites(record)) {
        const path = formatPath(['data', rule.table, position, ...site.path]);
        const target = targetIndex?.get(site.id);
        if (!target) {
          report({ path, code: 'dangling_reference', params: { id: site.id, table: rule.target.table } });
        } else if (rule.target.sameAccount && target.record.accountId !== record.accountId) {
          report({ path, code: 'cross_account_reference', params: { id: site.id, table: rule.target.table } });
        }
      }
    });
  }

  for (const { table, field } of TREE_FIELDS) {
    for (const cycle of findCycles(recordsOf(data, table), field)) {
      const first = cycle[0];
      if (first === undefined) continue;
      const position = indexes.get(table)?.get(first.id)?.position ?? 0;
      const chain = [...cycle, first].map(labelOf).join(' → ');
      report({ path: formatPath(['data', table, position, field]), code: 'cycle', params: { chain } });
    }
  }

  return { problems, total };
}

/**
 * Every cycle in the parent graph `record[field]`, each once, starting from the member that comes
 * first in the table. Iterative (a reporting chain can be thousands deep).
 */
export function findCycles<R extends AnyRecord>(records: readonly R[], field: string): R[][] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const positions = new Map(records.map((r, i) => [r.id, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: R[][] = [];

  for (const start of records) {
    if (state.has(start.id)) continue;
    const trail: R[] = [];
    let current: R | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 'visiting');
      trail.push(current);
      const parentId: unknown = current[field];
      current = typeof parentId === 'string' ? byId.get(parentId) : undefined;
    }
    if (current && state.get(current.id) === 'visiting') {
      const cycleStart = trail.indexOf(current);
      const cycle = trail.slice(cycleStart);
      const rank = (r: R | undefined) => (r ? (positions.get(r.id) ?? 0) : 0);
      const firstIndex = cycle.reduce((best, r, i) => (rank(r) < rank(cycle[best]) ? i : best), 0);
      cycles.push([...cycle.slice(firstIndex), ...cycle.slice(0, firstIndex)]);
    }
    for (const r of trail) state.set(r.id, 'done');
  }
  return cycles;
}

/** True when making `childId` report to `parentId` would close a loop (used by editors before saving). */
export function wouldCreateCycle(records: readonly AnyRecord[], field: string, childId: string, parentId: string | null): boolean {
  if (parentId === null) return false;
  const byId = new Map(records.map((r) => [r.id, r]));
  let current: string | null = parentId;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (current === childId) return true;
    seen.add(current);
    const next: unknown = byId.get(current)?.[field];
    current = typeof next === 'string' ? next : null;
  }
  return false;
}
