/**
 * A slice of a workspace: the accounts a manager sends his director (his own, or a chosen list) with
 * everything that belongs to them — key people, links, snapshots, competitors, opportunities,
 * activities, plan rows, contracts, renewals, whitespace — their group parents (so the group tree
 * stays whole) and the team members the records name. The slice passes restore() on its own, and the
 * envelope says it is a slice, so the director merges it instead of replacing his workspace with it.
 */
import { tablesFrom, type WorkspaceTables } from '../domain/workspace';

export function sliceWorkspace(tables: WorkspaceTables, accountIds: Iterable<string>): WorkspaceTables {
  const byId = new Map(tables.accounts.map((a) => [a.id, a]));
  const chosen = new Set<string>();
  for (const id of accountIds) {
    // The account and its parents up the group tree (a loop cannot be stored, but stop on one anyway).
    for (let current = byId.get(id); current && !chosen.has(current.id); current = current.parentId ? byId.get(current.parentId) : undefined) chosen.add(current.id);
  }
  const kept = tablesFrom((table) =>
    table === 'teamMembers' ? [] : table === 'accounts' ? tables.accounts.filter((a) => chosen.has(a.id)) : (tables[table] as readonly { accountId: string }[]).filter((r) => chosen.has(r.accountId)),
  );
  const named = new Set<string>();
  const name = (id: string | null | undefined) => id && named.add(id);
  for (const a of kept.accounts) name(a.ownerId);
  for (const s of kept.stakeholders) name(s.ownerId);
  for (const o of kept.opportunities) name(o.ownerId);
  for (const a of kept.activities) a.teamMemberIds.forEach(name);
  for (const r of kept.planRows) {
    name(r.ownerId);
    r.milestones.forEach((m) => name(m.ownerId));
  }
  return { ...kept, teamMembers: tables.teamMembers.filter((m) => named.has(m.id)) };
}
