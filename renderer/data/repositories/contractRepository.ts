/**
 * Contracts with their installments, and renewal records. Saving validates the whole record (schema
 * and the collection rules) and the references: the account exists, the opportunity and the signers
 * belong to it. One renewal per account and period. Deleting tombstones and hands back the record.
 */
import { newRecordBase, nowIso, todayIsoDate } from '../../../shared/domain/common';
import type { Contract } from '../../../shared/domain/contract';
import { contractDraftSchema, renewalDraftSchema, validateContractDraft, validateRenewalDraft, type ContractDraft, type RenewalDraft } from '../../../shared/domain/contractRules';
import type { Renewal } from '../../../shared/domain/renewal';
import type { Problem } from '../../../shared/fileFormat/problems';
import { cumulativeRevenue } from '../../../shared/methods/renewalMetrics';
import type { KeyplanDatabase } from '../database';
import { tombstone } from './tombstones';
import { fieldsToStore, RecordGoneError, storeRecord, type SaveTarget } from './editConflicts';
import { ValidationError } from './validationError';
import { writeTransaction } from './writeTransaction';

async function liveAccount(db: KeyplanDatabase, accountId: string): Promise<void> {
  const account = await db.accounts.get(accountId);
  if (!account || account.deletedAt !== null) throw new ValidationError([{ path: 'accountId', code: 'dangling_reference', params: { id: accountId, table: 'accounts' } }]);
}

/** Creates a contract (`target` null) or saves the fields changed since the editor loaded it (editConflicts.ts). */
export async function saveContract(db: KeyplanDatabase, target: SaveTarget<Contract>, draft: ContractDraft, today = todayIsoDate()): Promise<Contract> {
  const id = target?.loaded.id ?? null;
  return writeTransaction(
    db,
    ['contracts'],
    async () => {
      const current = id === null ? undefined : await db.contracts.get(id);
      const fields = fieldsToStore((value) => validateContractDraft(value, today), draft, { target, current, schema: contractDraftSchema, table: 'contracts' });
      await liveAccount(db, fields.accountId);
      const problems: Problem[] = [];
      if (fields.opportunityId !== null) {
        const opportunity = await db.opportunities.get(fields.opportunityId);
        if (opportunity?.accountId !== fields.accountId) problems.push({ path: 'opportunityId', code: 'cross_account_reference', params: { id: fields.opportunityId, table: 'opportunities' } });
      }
      for (const path of ['acceptanceSignerId', 'paymentSignerId'] as const) {
        const signer = fields[path];
        if (signer === null) continue;
        const person = await db.stakeholders.get(signer);
        if (person?.accountId !== fields.accountId) problems.push({ path, code: 'cross_account_reference', params: { id: signer, table: 'stakeholders' } });
      }
      if (problems.length > 0) throw new ValidationError(problems);
      return storeRecord<Contract>(db.contracts, 'contracts', id, current, fields);
    },
    ['accounts', 'opportunities', 'stakeholders'],
  );
}

/** Cumulative revenue is computed, not typed: after a save, the account's records are brought up to date. */
async function refreshCumulative(db: KeyplanDatabase, accountId: string): Promise<void> {
  const records = (await db.renewals.where('accountId').equals(accountId).toArray()).filter((r) => r.deletedAt === null);
  const cumulative = cumulativeRevenue(records);
  const changed = records.filter((r) => cumulative.get(r.id) !== r.cumulative).map((r) => ({ ...r, cumulative: cumulative.get(r.id) ?? 0 }));
  if (changed.length > 0) await db.renewals.bulkPut(changed);
}

/** What a person types in a renewal record: cumulative revenue is computed after each save. */
const TYPED_RENEWAL_FIELDS = renewalDraftSchema.omit({ cumulative: true });

/** Creates a renewal record (`target` null) or saves the fields changed since the editor loaded it. */
export async function saveRenewal(db: KeyplanDatabase, target: SaveTarget<Renewal>, draft: RenewalDraft): Promise<Renewal> {
  const id = target?.loaded.id ?? null;
  return writeTransaction(
    db,
    ['renewals'],
    async () => {
      const stored = id === null ? undefined : await db.renewals.get(id);
      // Cumulative revenue is computed after the save (refreshCumulative), never merged from a form.
      const fields = fieldsToStore(validateRenewalDraft, draft, { target, current: stored, schema: TYPED_RENEWAL_FIELDS, table: 'renewals' });
      await liveAccount(db, fields.accountId);
      const same = (await db.renewals.where('accountId').equals(fields.accountId).toArray()).find((r) => r.deletedAt === null && r.period === fields.period && r.id !== id);
      if (same) throw new ValidationError([{ path: 'period', code: 'duplicate_id', params: { id: fields.period, other: same.id } }]);
      const now = nowIso();
      let record: Renewal;
      if (id === null) {
        record = { ...newRecordBase(now), ...fields };
        await db.renewals.add(record);
      } else {
        const current = stored;
        if (!current) throw new RecordGoneError('renewals', id);
        record = { id, createdAt: current.createdAt, updatedAt: now, deletedAt: null, ...fields };
        await db.renewals.put(record);
        if (current.accountId !== fields.accountId) await refreshCumulative(db, current.accountId);
      }
      await refreshCumulative(db, fields.accountId);
      return (await db.renewals.get(record.id)) ?? record;
    },
    ['accounts'],
  );
}

export const deleteContract = (db: KeyplanDatabase, id: string): Promise<Contract> => tombstone(db, 'contracts', id);

export async function deleteRenewal(db: KeyplanDatabase, id: string): Promise<Renewal> {
  return writeTransaction(db, ['renewals'], async () => {
    const current = await db.renewals.get(id);
    if (!current || current.deletedAt !== null) throw new Error(`Renewal ${id} does not exist`);
    const now = nowIso();
    await db.renewals.put({ ...current, deletedAt: now, updatedAt: now });
    await refreshCumulative(db, current.accountId);
    return current;
  });
}

