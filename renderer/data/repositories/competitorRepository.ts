/**
 * Competitors (竞争对手) of an account. Saving stores only the fields changed since the editor opened;
 * deleting one takes it off the opportunities that name it in the same transaction (so no deal points at
 * a rival that is gone), and hands back both for undo.
 */
import { nowIso } from '../../../shared/domain/common';
import { competitorSchema, type Competitor } from '../../../shared/domain/team';
import { problemFromZodIssue } from '../../../shared/fileFormat/problems';
import type { z } from 'zod';
import type { KeyplanDatabase } from '../database';
import { fieldsToStore, RecordGoneError, storeRecord, type SaveTarget } from './editConflicts';
import { ValidationError } from './validationError';
import { writeTransaction } from './writeTransaction';

export const competitorFieldsSchema = competitorSchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });
export type CompetitorDraft = z.input<typeof competitorFieldsSchema>;

const validate = (value: unknown) => {
  const parsed = competitorFieldsSchema.safeParse(value);
  return parsed.success ? ({ ok: true, value: parsed.data } as const) : ({ ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, value)) } as const);
};

export async function saveCompetitor(db: KeyplanDatabase, target: SaveTarget<Competitor>, draft: CompetitorDraft): Promise<Competitor> {
  const id = target?.loaded.id ?? null;
  return writeTransaction(
    db,
    ['competitors'],
    async () => {
      const current = id === null ? undefined : await db.competitors.get(id);
      const fields = fieldsToStore(validate, draft, { target, current, schema: competitorFieldsSchema, table: 'competitors' });
      const account = await db.accounts.get(fields.accountId);
      if (!account || account.deletedAt !== null) {
        throw new ValidationError([{ path: 'accountId', code: 'dangling_reference', params: { id: fields.accountId, table: 'accounts' } }]);
      }
      if (fields.opportunityId !== null) {
        const deal = await db.opportunities.get(fields.opportunityId);
        if (!deal || deal.deletedAt !== null || deal.accountId !== fields.accountId) {
          throw new ValidationError([{ path: 'opportunityId', code: 'cross_account_reference', params: { id: fields.opportunityId, table: 'opportunities' } }]);
        }
      }
      return storeRecord<Competitor>(db.competitors, 'competitors', id, current, fields);
    },
    ['accounts', 'opportunities'],
  );
}

export interface CompetitorReceipt {
  competitor: Competitor;
  /** The opportunities that named it, before it was taken off them. */
  opportunityIds: string[];
}

export async function deleteCompetitor(db: KeyplanDatabase, id: string): Promise<CompetitorReceipt> {
  return writeTransaction(db, ['competitors', 'opportunities'], async () => {
    const competitor = await db.competitors.get(id);
    if (!competitor || competitor.deletedAt !== null) throw new RecordGoneError('competitors', id);
    const now = nowIso();
    const naming = (await db.opportunities.where('accountId').equals(competitor.accountId).toArray()).filter((o) => o.competitorIds.includes(id));
    await db.opportunities.bulkPut(naming.map((o) => ({ ...o, competitorIds: o.competitorIds.filter((c) => c !== id), updatedAt: now })));
    await db.competitors.put({ ...competitor, deletedAt: now, updatedAt: now });
    return { competitor, opportunityIds: naming.map((o) => o.id) };
  });
}

