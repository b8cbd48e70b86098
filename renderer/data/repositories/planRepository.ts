/**
 * Battle-plan rows. The sheet edits in memory and hands this repository the complete records it
 * changed (created, edited, tombstoned, or restored by undo); they are validated and written in one
 * transaction, so a paste of 1,000 rows is stored whole or not at all.
 */
import { newId, newRecordBase, nowIso } from '../../../shared/domain/common';
import { planRowFieldsSchema, type PlanRow } from '../../../shared/domain/planRow';
import { reviseTarget, validatePlanRow } from '../../../shared/domain/planRowRules';
import { problemFromZodIssue } from '../../../shared/fileFormat/problems';
import type { z } from 'zod';
import { fieldsToStore, RecordGoneError, type EditTarget } from './editConflicts';
import type { Problem } from '../../../shared/fileFormat/problems';
import { diffFields, mergeChanges, pathKey, sameValue } from '../../../shared/domain/recordPatch';
import type { Account } from '../../../shared/domain/account';
import type { Opportunity } from '../../../shared/domain/opportunity';
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

export interface PutPlanRowsResult {
  /** The planRows revision written. */
  revision: string | undefined;
  /** Records stored differently from what was given: another window changed other fields meanwhile. */
  merged: PlanRow[];
}

/**
 * Stores plan-row records. Every record is checked against the schema and its account must exist (a
 * tombstoned account is fine for a tombstoned row). `bases` are the rows as the sheet had them before
 * the edit: when the stored row has changed since (another window), only the fields the sheet changed
 * are laid onto it, so the other window's edit of another cell is kept; the same cell changed on both
 * sides keeps the value typed here, which is the one on screen.
 */
export async function putPlanRows(db: KeyplanDatabase, records: readonly PlanRow[], bases: readonly PlanRow[] = []): Promise<PutPlanRowsResult> {
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
    const baseById = new Map(bases.map((b) => [b.id, b]));
    const stored = await db.planRows.bulkGet(valid.map((r) => r.id));
    const merged: PlanRow[] = [];
    const toWrite = valid.map((record, i) => {
      const base = baseById.get(record.id);
      const current = stored[i];
      if (!base || !current || current.updatedAt === base.updatedAt) return record;
      const changes = diffFields(base, record).filter((c) => c.path[0] !== 'updatedAt');
      const everyOurs = Object.fromEntries(changes.map((c) => [pathKey(c.path), 'ours' as const]));
      const result = mergeChanges(current, changes, everyOurs).merged;
      const written = { ...result, updatedAt: record.updatedAt };
      if (!sameValue(written, record)) merged.push(written);
      return written;
    });
    await db.planRows.bulkPut(toWrite);
    return merged;
  }, ['accounts']).then(async (merged) => ({ revision: await planRowsRevision(db), merged }));
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

export type PlanRowDraft = z.input<typeof planRowFieldsSchema>;

const validateFields = (value: unknown) => {
  const parsed = planRowFieldsSchema.safeParse(value);
  return parsed.success ? ({ ok: true, value: parsed.data } as const) : ({ ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, value)) } as const);
};

/**
 * One row edited in a form (the account page's plan tab, the milestones drawer): only the fields the
 * person changed since the form opened are laid onto the row as stored now; a field changed here and
 * elsewhere asks (ConflictError). A target changed from one already set is recorded as a revision with
 * `reason` (目标动态调节), as the sheet does; floor ≤ target is checked on the row as it will be stored.
 */
export async function savePlanRow(db: KeyplanDatabase, target: EditTarget<PlanRow>, draft: PlanRowDraft, reason = ''): Promise<PlanRow> {
  const id = target.loaded.id;
  return writeTransaction(db, ['planRows'], async () => {
    const current = await db.planRows.get(id);
    const fields = fieldsToStore(validateFields, draft, { target, current, schema: planRowFieldsSchema, table: 'planRows' });
    if (!current) throw new RecordGoneError('planRows', id);
    const now = nowIso();
    // reviseTarget records a revision only when a target already set changes (a first target is planning).
    const record = reviseTarget({ ...current, ...fields, target: current.target, updatedAt: now }, fields.target, reason, now, newId());
    const checked = validatePlanRow(record);
    if (!checked.ok) throw new ValidationError(checked.problems);
    await db.planRows.put(checked.value);
    return checked.value;
  });
}

/**
 * What the first screen of plan rows needs to be drawn: their accounts and those accounts' live
 * opportunities, read by key and through the accountId index (a few hundred records, whatever the
 * size of the workspace). Live records only, as the full context has them.
 */
export async function readPlanNeighbours(db: KeyplanDatabase, accountIds: readonly string[]): Promise<{ accounts: Account[]; opportunities: Opportunity[] }> {
  return db.transaction('r', db.accounts, db.opportunities, async () => {
    const [accounts, opportunities] = await Promise.all([db.accounts.bulkGet([...accountIds]), db.opportunities.where('accountId').anyOf([...accountIds]).toArray()]);
    return { accounts: accounts.filter((a): a is Account => a !== undefined && a.deletedAt === null), opportunities: opportunities.filter((o) => o.deletedAt === null) };
  });
}
