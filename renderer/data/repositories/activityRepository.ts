/**
 * Activities. Logging a done activity also records the contact on the people who took part: their
 * last contact date moves forward (never back) and an uncontacted person becomes "first contact";
 * a visit record's stance and coverage changes are applied to them too, in the same transaction — so
 * the gone-cold list and the decision chain's health follow the log.
 */
import { nowIso, todayIsoDate } from '../../../shared/domain/common';
import type { Activity } from '../../../shared/domain/activity';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { activityDraftSchema, validateActivityDraft, type ActivityDraft } from '../../../shared/domain/activityRules';
import type { KeyplanDatabase } from '../database';
import { fieldsToStore, storeRecord, type SaveTarget } from './editConflicts';
import { ValidationError } from './validationError';
import { tombstone } from './tombstones';
import { writeTransaction } from './writeTransaction';

/** Logs an activity (`target` null) or saves the fields changed since the editor loaded it (editConflicts.ts). */
export async function saveActivity(db: KeyplanDatabase, target: SaveTarget<Activity>, draft: ActivityDraft, today: string = todayIsoDate()): Promise<Activity> {
  const id = target?.loaded.id ?? null;
  return writeTransaction(db, ['activities', 'accounts', 'stakeholders'], async () => {
    const current = id === null ? undefined : await db.activities.get(id);
    const fields = fieldsToStore((value) => validateActivityDraft(value, today), draft, { target, current, schema: activityDraftSchema, table: 'activities' });
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
      const changed = new Map<string, Stakeholder>();
      for (const p of people) {
        if (!p || !(p.lastContactDate === null || p.lastContactDate < fields.date || p.coverage === 'NOT_CONTACTED')) continue;
        changed.set(p.id, {
          ...p,
          lastContactDate: p.lastContactDate === null || p.lastContactDate < fields.date ? fields.date : p.lastContactDate,
          coverage: p.coverage === 'NOT_CONTACTED' ? 'INITIAL' : p.coverage,
          updatedAt: now,
        });
      }
      // What the visit taught about a participant goes to the chain once: only updates new since the
      // record was loaded (saving it again does not undo a change made in the chain editor since).
      const before = new Map((target?.loaded.chainUpdates ?? []).map((u) => [u.stakeholderId, u]));
      for (const update of fields.chainUpdates) {
        const was = before.get(update.stakeholderId);
        if (was && was.stance === update.stance && was.coverage === update.coverage) continue;
        const person = changed.get(update.stakeholderId) ?? people.find((p) => p?.id === update.stakeholderId);
        if (!person) continue;
        changed.set(person.id, { ...person, stance: update.stance ?? person.stance, coverage: update.coverage ?? person.coverage, updatedAt: now });
      }
      if (changed.size > 0) await db.stakeholders.bulkPut([...changed.values()]);
    }
    return storeRecord<Activity>(db.activities, 'activities', id, current, fields, now);
  });
}

export const deleteActivity = (db: KeyplanDatabase, id: string): Promise<Activity> => tombstone(db, 'activities', id);
