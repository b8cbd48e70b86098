/**
 * Decision chains: stakeholders, influence links and chart snapshots of one account.
 *
 * Every edit runs `applyChainEdit` (shared/) against the stored records inside one transaction and
 * returns a receipt with the records as they were and as written; the editor's undo writes `before`
 * back and redo writes `after` again. Edits that touch one card read only that card, so a panel
 * edit on a 2,000-person chain does not read 2,000 records; edits that need the whole picture
 * (reporting lines, deletes, new layout) read the account's chain through its index.
 */
import { newId, nowIso } from '../../../shared/domain/common';
import { applyChainEdit, recordsBefore, type ChainEdit, type ChainRecords } from '../../../shared/domain/decisionChainEdits';
import { chartSnapshotSchema, type ChartSnapshot } from '../../../shared/domain/chartSnapshot';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { RecordChange } from '../../../shared/domain/undoSteps';
import { problemFromZodIssue } from '../../../shared/fileFormat/problems';
import type { KeyplanDatabase } from '../database';
import { ConflictError } from './editConflicts';
import { ValidationError } from './validationError';
import { tombstone } from './tombstones';
import { writeTransaction } from './writeTransaction';

export interface ChainEditReceipt {
  before: ChainRecords;
  after: ChainRecords;
}

/** The receipt as an undoable step's changes (undoStepRepository.ts): each record before and after. */
export function receiptChanges(receipt: ChainEditReceipt): RecordChange[] {
  const pair = <R extends { id: string }>(table: 'stakeholders' | 'influenceLinks', before: readonly R[], after: readonly R[]): RecordChange[] => {
    const earlier = new Map(before.map((r) => [r.id, r]));
    return after.map((r) => ({ table, id: r.id, before: earlier.get(r.id) ?? null, after: r }));
  };
  return [...pair('stakeholders', receipt.before.stakeholders, receipt.after.stakeholders), ...pair('influenceLinks', receipt.before.links, receipt.after.links)];
}

const isLive = (r: { deletedAt: string | null }) => r.deletedAt === null;

export async function readChain(db: KeyplanDatabase, accountId: string): Promise<ChainRecords> {
  // Read whole and filtered here: with Dexie's .filter() the read is a cursor, one callback per
  // record (2,000 people: ~55 ms of the main thread on every re-read after an edit, profiled), where
  // a plain .toArray() is one getAll.
  const [stakeholders, links] = await Promise.all([
    db.stakeholders.where('accountId').equals(accountId).toArray(),
    db.influenceLinks.where('accountId').equals(accountId).toArray(),
  ]);
  return { stakeholders: stakeholders.filter(isLive), links: links.filter(isLive) };
}

async function livePeople(db: KeyplanDatabase, accountId: string, ids: readonly string[]): Promise<Stakeholder[]> {
  const found = await db.stakeholders.bulkGet([...ids]);
  return found.filter((s): s is Stakeholder => s !== undefined && isLive(s) && s.accountId === accountId);
}

/** Just the records an edit needs to see: everything for structural edits, the touched cards otherwise. */
async function chainFor(db: KeyplanDatabase, accountId: string, edit: ChainEdit): Promise<ChainRecords> {
  switch (edit.kind) {
    case 'updateStakeholder':
      return 'reportsToId' in edit.patch ? readChain(db, accountId) : { stakeholders: await livePeople(db, accountId, [edit.id]), links: [] };
    case 'setCollapsed':
      return { stakeholders: await livePeople(db, accountId, [edit.id]), links: [] };
    case 'moveCards':
      return { stakeholders: await livePeople(db, accountId, edit.positions.map((p) => p.id)), links: [] };
    case 'addStakeholder':
      return edit.fields.reportsToId ? readChain(db, accountId) : { stakeholders: [], links: [] };
    case 'addLink': {
      const links = await db.influenceLinks.where('fromId').equals(edit.fromId).filter(isLive).toArray();
      return { stakeholders: await livePeople(db, accountId, [edit.fromId, edit.toId]), links };
    }
    case 'updateLink':
    case 'deleteLink': {
      const link = await db.influenceLinks.get(edit.id);
      return { stakeholders: [], links: link && isLive(link) && link.accountId === accountId ? [link] : [] };
    }
    default:
      return readChain(db, accountId);
  }
}

export async function editChain(db: KeyplanDatabase, accountId: string, edit: ChainEdit): Promise<ChainEditReceipt> {
  return writeTransaction(db, ['stakeholders', 'influenceLinks'], async () => {
    const chain = await chainFor(db, accountId, edit);
    const now = nowIso();
    const result = applyChainEdit(chain, edit, { accountId, now });
    if (!result.ok) throw result.conflicts ? new ConflictError(result.conflicts) : new ValidationError(result.problems);
    await writeRecords(db, result.writes);
    return { before: recordsBefore(chain, result.writes, now), after: result.writes };
  });
}

/** Puts records back as given (undo / redo), stamped now so a later merge sees this as the newest change. */
export async function restoreChainRecords(db: KeyplanDatabase, records: ChainRecords): Promise<ChainRecords> {
  return writeTransaction(db, ['stakeholders', 'influenceLinks'], async () => {
    const now = nowIso();
    const stamped = {
      stakeholders: records.stakeholders.map((s) => ({ ...s, updatedAt: now })),
      links: records.links.map((l) => ({ ...l, updatedAt: now })),
    };
    await writeRecords(db, stamped);
    return stamped;
  });
}

async function writeRecords(db: KeyplanDatabase, records: ChainRecords): Promise<void> {
  if (records.stakeholders.length > 0) await db.stakeholders.bulkPut(records.stakeholders);
  if (records.links.length > 0) await db.influenceLinks.bulkPut(records.links);
}

/** A frozen copy of the chain as stored now, for a review meeting. */
export async function saveSnapshot(db: KeyplanDatabase, accountId: string, name: string): Promise<ChartSnapshot> {
  return writeTransaction(db, ['chartSnapshots', 'stakeholders', 'influenceLinks'], async () => {
    const chain = await readChain(db, accountId);
    const now = nowIso();
    const candidate = { id: newId(), createdAt: now, updatedAt: now, accountId, name: name.trim(), takenAt: now, ...chain };
    const parsed = chartSnapshotSchema.safeParse(candidate);
    if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => problemFromZodIssue(issue, candidate)));
    await db.chartSnapshots.add(parsed.data);
    return parsed.data;
  });
}

export const deleteSnapshot = (db: KeyplanDatabase, id: string): Promise<ChartSnapshot> => tombstone(db, 'chartSnapshots', id);
