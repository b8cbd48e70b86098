import { newRecordBase, nowIso } from '../../../shared/domain/common';
import { teamMemberSchema, type TeamMember } from '../../../shared/domain/team';
import type { KeyplanDatabase } from '../database';
import { writeTransaction } from './writeTransaction';

export type TeamMemberInput = Pick<TeamMember, 'name' | 'role' | 'capacity' | 'email'>;

export async function createTeamMember(db: KeyplanDatabase, input: TeamMemberInput): Promise<TeamMember> {
  const record = teamMemberSchema.parse({ ...newRecordBase(), ...input });
  await writeTransaction(db, ['teamMembers'], () => db.teamMembers.add(record));
  return record;
}

export async function updateTeamMember(db: KeyplanDatabase, id: string, input: Partial<TeamMemberInput>): Promise<TeamMember> {
  return writeTransaction(db, ['teamMembers'], async () => {
    const current = await db.teamMembers.get(id);
    if (!current || current.deletedAt) throw new Error(`Team member ${id} does not exist`);
    const next = teamMemberSchema.parse({ ...current, ...input, updatedAt: nowIso() });
    await db.teamMembers.put(next);
    return next;
  });
}

/**
 * Tombstones a team member. Accounts and people they owned keep the reference (merge needs the
 * history); views show a tombstoned owner as unassigned. Returns the record for undo.
 */
export async function deleteTeamMember(db: KeyplanDatabase, id: string): Promise<TeamMember> {
  return writeTransaction(db, ['teamMembers'], async () => {
    const current = await db.teamMembers.get(id);
    if (!current) throw new Error(`Team member ${id} does not exist`);
    const now = nowIso();
    await db.teamMembers.put({ ...current, deletedAt: now, updatedAt: now });
    return current;
  });
}

