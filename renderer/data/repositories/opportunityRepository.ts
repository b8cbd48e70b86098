/**
 * Opportunities. Saving validates the whole record (schema + won/lost reason) and checks that the
 * account exists; deleting tombstones and hands back the record for undo.
 */
import { newId, newRecordBase, nowIso } from '../../../shared/domain/common';
import { competitorSchema, type Competitor } from '../../../shared/domain/team';
import { problemFromZodIssue } from '../../../shared/fileFormat/problems';
import type { FunnelStage } from '../../../shared/domain/codes';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { opportunityFieldsSchema, validateOpportunityDraft, type OpportunityDraft } from '../../../shared/domain/opportunityRules';
import type { ConflictChoices } from '../../../shared/domain/recordPatch';
import type { KeyplanDatabase } from '../database';
import { fieldsToStore, RecordGoneError, type SaveTarget } from './editConflicts';
import { ValidationError } from './validationError';
import { tombstone } from './tombstones';
import { writeTransaction } from './writeTransaction';

/**
 * `newCompetitors` are names typed in the competitor field that are not yet on the account's list:
 * they become competitor records of the account (linked to this opportunity) in the same
 * transaction, and the opportunity points at them.
 */
export async function saveOpportunity(db: KeyplanDatabase, target: SaveTarget<Opportunity>, draft: OpportunityDraft, newCompetitors: readonly string[] = []): Promise<Opportunity> {
  const id = target?.loaded.id ?? null;
  return writeTransaction(db, ['opportunities', 'accounts', 'competitors'], async () => {
    const current = id === null ? undefined : await db.opportunities.get(id);
    const fields = fieldsToStore(validateOpportunityDraft, draft, { target, current, schema: opportunityFieldsSchema, table: 'opportunities' });
    const account = await db.accounts.get(fields.accountId);
    if (!account || account.deletedAt !== null) {
      throw new ValidationError([{ path: 'accountId', code: 'dangling_reference', params: { id: fields.accountId, table: 'accounts' } }]);
    }
    const known = await db.competitors.bulkGet(fields.competitorIds);
    const foreign = fields.competitorIds.filter((_, i) => known[i]?.accountId !== fields.accountId);
    if (foreign.length > 0) {
      throw new ValidationError(foreign.map((c) => ({ path: 'competitorIds', code: 'cross_account_reference' as const, params: { id: c, table: 'competitors' } })));
    }
    const now = nowIso();
    const opportunityId = id ?? newId();
    const created: Competitor[] = [];
    for (const name of newCompetitors) {
      const parsed = competitorSchema.safeParse({ ...newRecordBase(now), accountId: fields.accountId, opportunityId, name });
      if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => problemFromZodIssue(issue, name, ['competitors'])));
      created.push(parsed.data);
    }
    if (created.length > 0) await db.competitors.bulkAdd(created);
    fields.competitorIds = [...fields.competitorIds, ...created.map((c) => c.id)];
    if (id === null) {
      const record: Opportunity = { ...newRecordBase(now), id: opportunityId, ...fields };
      await db.opportunities.add(record);
      return record;
    }
    if (!current) throw new RecordGoneError('opportunities', id);
    const record: Opportunity = { id, createdAt: current.createdAt, updatedAt: now, deletedAt: null, ...fields };
    await db.opportunities.put(record);
    return record;
  });
}

/**
 * The board's drag: a new stage (and, when closing, the reason), validated like any save. Only the
 * stage and the reason are changed: the card shown is what the person moved, so an edit of another
 * field stored meanwhile is kept, and a stage changed elsewhere meanwhile is a conflict.
 */
export async function moveOpportunity(db: KeyplanDatabase, shown: Opportunity, stage: FunnelStage, winLossReason?: string, choices?: ConflictChoices): Promise<Opportunity> {
  return saveOpportunity(db, { loaded: shown, ...(choices ? { choices } : {}) }, { ...draftOf(shown), stage, winLossReason: winLossReason ?? shown.winLossReason });
}

/** The user's fields of a stored opportunity (identity and timestamps are the repository's). */
function draftOf(o: Opportunity): OpportunityDraft {
  return {
    accountId: o.accountId,
    name: o.name,
    product: o.product,
    amount: o.amount,
    stage: o.stage,
    purchaseScene: o.purchaseScene,
    bant: o.bant,
    gradeChecklist: o.gradeChecklist,
    expectedClose: o.expectedClose,
    competitorIds: o.competitorIds,
    ownerId: o.ownerId,
    winLossReason: o.winLossReason,
  };
}

export const deleteOpportunity = (db: KeyplanDatabase, id: string): Promise<Opportunity> => tombstone(db, 'opportunities', id);
