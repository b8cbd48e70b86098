/**
 * Opportunities. Saving validates the whole record (schema + won/lost reason) and checks that the
 * account exists; deleting tombstones and hands back the record for undo.
 */
import { newRecordBase, nowIso } from '../../../shared/domain/common';
import type { FunnelStage } from '../../../shared/domain/codes';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { validateOpportunityDraft, type OpportunityDraft } from '../../../shared/domain/opportunityRules';
import type { KeyplanDatabase } from '../database';
import { ValidationError } from './validationError';
import { writeTransaction } from './writeTransaction';

export async function saveOpportunity(db: KeyplanDatabase, id: string | null, draft: OpportunityDraft): Promise<Opportunity> {
  return writeTransaction(db, ['opportunities', 'accounts'], async () => {
    const validation = validateOpportunityDraft(draft);
    if (!validation.ok) throw new ValidationError(validation.problems);
    const account = await db.accounts.get(validation.value.accountId);
    if (!account || account.deletedAt !== null) {
      throw new ValidationError([{ path: 'accountId', code: 'dangling_reference', params: { id: validation.value.accountId, table: 'accounts' } }]);
    }
    const now = nowIso();
    if (id === null) {
      const record: Opportunity = { ...newRecordBase(now), ...validation.value };
      await db.opportunities.add(record);
      return record;
    }
    const current = await db.opportunities.get(id);
    if (!current || current.deletedAt !== null) throw new Error(`Opportunity ${id} does not exist`);
    const record: Opportunity = { id, createdAt: current.createdAt, updatedAt: now, deletedAt: null, ...validation.value };
    await db.opportunities.put(record);
    return record;
  });
}

/** The board's drag: a new stage (and, when closing, the reason), validated like any save. */
export async function moveOpportunity(db: KeyplanDatabase, id: string, stage: FunnelStage, winLossReason?: string): Promise<Opportunity> {
  const current = await db.opportunities.get(id);
  if (!current || current.deletedAt !== null) throw new Error(`Opportunity ${id} does not exist`);
  return saveOpportunity(db, id, { ...draftOf(current), stage, winLossReason: winLossReason ?? current.winLossReason });
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

export async function deleteOpportunity(db: KeyplanDatabase, id: string): Promise<Opportunity> {
  return writeTransaction(db, ['opportunities'], async () => {
    const current = await db.opportunities.get(id);
    if (!current || current.deletedAt !== null) throw new Error(`Opportunity ${id} does not exist`);
    const now = nowIso();
    await db.opportunities.put({ ...current, deletedAt: now, updatedAt: now });
    return current;
  });
}

export async function restoreOpportunity(db: KeyplanDatabase, record: Opportunity): Promise<void> {
  await writeTransaction(db, ['opportunities'], async () => {
    await db.opportunities.put({ ...record, deletedAt: null, updatedAt: nowIso() });
  });
}
