/**
 * The whitespace grid (白区分析) of an account. A cell is saved like every record: only the fields the
 * person changed, checked against what is stored now (editConflicts.ts), under the shared rule of one
 * cell per business unit × product line. Starting an opportunity from a cell writes the opportunity and
 * the cell's link to it in one transaction: the cell is never left pointing at a deal that was not saved.
 */
import { newRecordBase, nowIso } from '../../../shared/domain/common';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { OpportunityDraft } from '../../../shared/domain/opportunityRules';
import type { WhitespaceCell } from '../../../shared/domain/renewal';
import { whitespaceCellDraftSchema, whitespaceCellKey, whitespaceCellProblems, type WhitespaceCellDraft } from '../../../shared/domain/whitespaceRules';
import type { KeyplanDatabase } from '../database';
import { fieldsToStore, RecordGoneError, storeRecord, type SaveTarget } from './editConflicts';
import { saveOpportunity } from './opportunityRepository';
import { ValidationError } from './validationError';
import { writeTransaction } from './writeTransaction';

async function liveCellsOf(db: KeyplanDatabase, accountId: string): Promise<WhitespaceCell[]> {
  return (await db.whitespaceCells.where('accountId').equals(accountId).toArray()).filter((c) => c.deletedAt === null);
}

export async function saveWhitespaceCell(db: KeyplanDatabase, target: SaveTarget<WhitespaceCell>, draft: WhitespaceCellDraft): Promise<WhitespaceCell> {
  const id = target?.loaded.id ?? null;
  return writeTransaction(
    db,
    ['whitespaceCells'],
    async () => {
      const current = id === null ? undefined : await db.whitespaceCells.get(id);
      const others = await liveCellsOf(db, target?.loaded.accountId ?? draft.accountId);
      const fields = fieldsToStore((value) => whitespaceCellProblems(value, id, others), draft, { target, current, schema: whitespaceCellDraftSchema, table: 'whitespaceCells' });
      const account = await db.accounts.get(fields.accountId);
      if (!account || account.deletedAt !== null) {
        throw new ValidationError([{ path: 'accountId', code: 'dangling_reference', params: { id: fields.accountId, table: 'accounts' } }]);
      }
      const deals = await db.opportunities.bulkGet(fields.opportunityIds);
      const foreign = fields.opportunityIds.filter((_, i) => deals[i]?.accountId !== fields.accountId);
      if (foreign.length > 0) {
        throw new ValidationError(foreign.map((o) => ({ path: 'opportunityIds', code: 'cross_account_reference' as const, params: { id: o, table: 'opportunities' } })));
      }
      return storeRecord<WhitespaceCell>(db.whitespaceCells, 'whitespaceCells', id, current, fields);
    },
    ['accounts', 'opportunities'],
  );
}

/** Clears a cell (a tombstone, for merges); the cell as it was comes back for undo. */
export async function deleteWhitespaceCell(db: KeyplanDatabase, id: string): Promise<WhitespaceCell> {
  return writeTransaction(db, ['whitespaceCells'], async () => {
    const current = await db.whitespaceCells.get(id);
    if (!current || current.deletedAt !== null) throw new RecordGoneError('whitespaceCells', id);
    const now = nowIso();
    await db.whitespaceCells.put({ ...current, deletedAt: now, updatedAt: now });
    return current;
  });
}

export interface CellPlace {
  accountId: string;
  businessUnit: string;
  productLine: string;
}

/**
 * Saves a new opportunity started from a whitespace cell and links it there: an open (or not relevant)
 * cell becomes "in pipeline", an installed one stays installed (an expansion deal); an empty place gets
 * its cell. The opportunity is saved by the opportunities' own repository, inside this transaction.
 */
export async function saveOpportunityAtCell(db: KeyplanDatabase, place: CellPlace, draft: OpportunityDraft, newCompetitors: readonly string[] = []): Promise<Opportunity> {
  return writeTransaction(db, ['opportunities', 'accounts', 'competitors', 'whitespaceCells'], async () => {
    const opportunity = await saveOpportunity(db, null, draft, newCompetitors);
    const key = whitespaceCellKey(place);
    const cell = (await liveCellsOf(db, place.accountId)).find((c) => whitespaceCellKey(c) === key);
    const now = nowIso();
    if (cell) {
      await db.whitespaceCells.put({
        ...cell,
        status: cell.status === 'INSTALLED' ? 'INSTALLED' : 'PIPELINE',
        opportunityIds: [...cell.opportunityIds, opportunity.id],
        updatedAt: now,
      });
    } else {
      const parsed = whitespaceCellDraftSchema.parse({ ...place, status: 'PIPELINE', opportunityIds: [opportunity.id] });
      await db.whitespaceCells.add({ ...newRecordBase(now), ...parsed });
    }
    return opportunity;
  });
}

