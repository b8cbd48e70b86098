/**
 * Battle-plan rows. The sheet edits in memory and hands this repository the complete records it
 * changed (created, edited, tombstoned, or restored by undo); they are validated and written in one
 * transaction, so a paste of 1,000 rows is stored whole or not at all.
 */
import { newRecordBase, nowIso } from '../../../shared/domain/common';
import type { PlanRow } from '../../../shared/domain/planRow';
import { validatePlanRow } from '../../../shared/domain/planRowRules';
import type { Problem } from '../../../shared/fileFormat/problems';
import type { KeyplanDatabase } from '../database';
import { ValidationError } from './validationError';
import { readRevisions, writeTransaction } from './writeTransaction';

/** The live rows of a plan year, through the year index (getAll, then tombstones dropped). */
export async function loadPlanRows(db: KeyplanDatabase, year: number, limit?: number): Promise<PlanRow[]> {
  const query = db.planRows.where('year').equals(year);
  const records = await (limit === undefined ? query.toArray() : query.limit(limit).toArray());
  return records.filter((r) => r.deletedAt === null);
}

/** The planRows revision: it changes with every committed write to the table, from this window or another. */
export async function planRowsRevision(db: KeyplanDatabase): Promise<string | undefined> {
  return (await readRevisions(db)).planRows;
}

/**
 * Stores complete plan-row records. Every record is checked against the schema and its account must
 * exist (a tombstoned account is fine for a tombstoned row). Returns the table revision written.
 */
export async function putPlanRows(db: KeyplanDatabase, records: readonly PlanRow[]): Promise<string | undefined> {
  const problems: Problem[] = [];
  const valid: PlanRow[] = [];
  records.forEach((record, index) => {
    const result = validatePlanRow(record);
    if (result.ok) valid.push(result.value);
    else problems.push(...result.problems.map((p) => ({ ...p, path: `[${index}].${p.path}` })));
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return writeTransaction(db, ['planRows'], async () => {
    const accountIds = [...new Set(valid.filter((r) => r.deletedAt === null).map((r) => r.accountId))];
    const accounts = await db.accounts.bulkGet(accountIds);
    const missing = accountIds.filter((_, i) => accounts[i] === undefined || accounts[i]?.deletedAt !== null);
    if (missing.length > 0) {
      throw new ValidationError(missing.map((id) => ({ path: 'accountId', code: 'dangling_reference' as const, params: { id, table: 'accounts' } })));
    }
    await db.planRows.bulkPut(valid);
  }, ['accounts']).then(() => planRowsRevision(db));
}

/** A new row for an account × product in a plan year, not yet stored. */
export function newPlanRow(year: number, accountId: string, product: string, ownerId: string | null): PlanRow {
  return {
    ...newRecordBase(),
    year,
    accountId,
    product,
    potential: null,
    target: 0,
    floorTarget: 0,
    quarters: [0, 0, 0, 0],
    relationshipStage: null,
    ownerId,
    team: '',
    funnelStage: null,
    strategy: '',
    milestones: [],
    revisions: [],
  };
}

/** The same record, stamped as changed now (and tombstoned when `deleted`). */
export function stamped(record: PlanRow, deleted = false): PlanRow {
  const now = nowIso();
  return { ...record, updatedAt: now, deletedAt: deleted ? now : null };
}
