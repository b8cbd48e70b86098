/**
 * Two managers who each created "陕西移动" have two accounts with different ids for one customer. A
 * merge finds such pairs by name (ignoring spaces, case and full-width forms) and offers to link
 * them: the file's account then folds into ours — its people, deals, visits, plan rows, contracts and
 * everything else follow to our account, and the file's account record is tombstoned (so a later
 * merge of the same file does not bring it back as new).
 */
import { tablesFrom, type WorkspaceTables } from '../domain/workspace';

export interface DuplicateAccount {
  name: string;
  oursId: string;
  theirsId: string;
}

const normalise = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Live accounts of `theirs` that have our name under another id. */
export function findDuplicateAccounts(ours: Pick<WorkspaceTables, 'accounts'>, theirs: Pick<WorkspaceTables, 'accounts'>): DuplicateAccount[] {
  const ourIds = new Set(ours.accounts.map((a) => a.id));
  const byName = new Map(ours.accounts.filter((a) => a.deletedAt === null).map((a) => [normalise(a.name), a]));
  return theirs.accounts.flatMap((a) => {
    const twin = a.deletedAt === null && !ourIds.has(a.id) ? byName.get(normalise(a.name)) : undefined;
    return twin ? [{ name: twin.name, oursId: twin.id, theirsId: a.id }] : [];
  });
}

/** The tables with every record of account `fromId` moved to account `toId`, and `fromId` tombstoned at `now`. */
export function linkAccounts(tables: WorkspaceTables, fromId: string, toId: string, now: string): WorkspaceTables {
  type Owned = { accountId: string; updatedAt: string };
  return tablesFrom((table) => {
    if (table === 'teamMembers') return tables.teamMembers;
    if (table === 'accounts') {
      return tables.accounts.map((a) =>
        a.id === fromId ? { ...a, deletedAt: now, updatedAt: now } : a.parentId === fromId ? { ...a, parentId: toId, updatedAt: now } : a,
      );
    }
    return (tables[table] as readonly Owned[]).map((r) => (r.accountId === fromId ? { ...r, accountId: toId, updatedAt: now } : r));
  });
}
