/**
 * Activities. Logging a done activity also records the contact on the people who took part: their
 * last contact date moves forward (never back) and an uncontacted person becomes "first contact",
 * in the same transaction — so the gone-cold list and the decision chain's health follow the log.
 */
import { newRecordBase, nowIso, todayIsoDate } from '../../../shared/domain/common';
import type { Activity } from '../../../shared/domain/activity';
import { validateActivityDraft, type ActivityDraft } from '../../../shared/domain/activityRules';
import type { KeyplanDatabase } from '../database';
import { ValidationError } from './validationError';
import { tombstone, untombstone } from './tombstones';
import { writeTransaction } from './writeTransaction';

export async function saveActivity(db: KeyplanDatabase, id: string | null, draft: ActivityDraft, today: string = todayIsoDate()): Promise<Activity> {
  return writeTransaction(db, ['activities', 'accounts', 'stakeholders'], async () => {
    const validation = validateActivityDraft(draft, today);
    if (!validation.ok) throw new ValidationError(validation.problems);
    const fields = validation.value;
    const account = await db.accounts.get(fields.accountId);
    if (!account || account.deletedAt !== null) {
      throw new ValidationError([{ path: 'accountId', code: 'dangling_reference', params: { id: fields.accountId, table: 'accounts' } }]);
    }
    const people = await db.stakeholders.bulkGet(fields.stakeholderIds);
    const strangers = fields.stakeholderIds.filter((_, i) => people[i]?.accountId !== fields.accountId || people[i]?.deletedAt !== null);
    if (strangers.length > 0) {
      throw new ValidationError(strangers.map((s) => ({ path: 'stakeholderIds', code: 'cross_account_reference' as const, params: { id: s, table: 'stakeholders' } })));
    }
    const now = nowIso();
    if (!fields.planned) {
      const contacted = people.flatMap((p) =>
        p && (p.lastContactDate === null || p.lastContactDate < fields.date || p.coverage === 'NOT_CONTACTED')
          ? [{ ...p, lastContactDate: p.lastContactDate === null || p.lastContactDate < fields.date ? fields.date : p.lastContactDate, coverage: p.coverage === 'NOT_CONTACTED' ? ('INITIAL' as const) : p.coverage, updatedAt: now }]
          : [],
      );
      if (contacted.length > 0) await db.stakeholders.bulkPut(contacted);
    }
    if (id === null) {
      const record: Activity = { ...newRecordBase(now), ...fields };
      await db.activities.add(record);
      return record;
    }
    const current = await db.activities.get(id);
    if (!current || current.deletedAt !== null) throw new Error(`Activity ${id} does not exist`);
    const record: Activity = { id, createdAt: current.createdAt, updatedAt: now, deletedAt: null, ...fields };
    await db.activities.put(record);
    return record;
  });
}

export const deleteActivity = (db: KeyplanDatabase, id: string): Promise<Activity> => tombstone(db, 'activities', id);
export const restoreActivity = (db: KeyplanDatabase, record: Activity): Promise<void> => untombstone(db, 'activities', record);
