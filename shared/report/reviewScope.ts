/**
 * Which accounts a review pack covers: the whole portfolio, one owner's accounts, or a hand-picked
 * list (a key-account manager usually takes his 3–10 key accounts).
 */
import type { Account } from '../domain/account';

export type ReviewScope = { kind: 'portfolio' } | { kind: 'owner'; ownerId: string } | { kind: 'accounts'; accountIds: readonly string[] };

/** The live accounts in scope, in the order the pack shows them (by name, as people look them up). */
export function accountsInScope(accounts: readonly Account[], scope: ReviewScope): Account[] {
  const chosen = scope.kind === 'accounts' ? new Set(scope.accountIds) : null;
  return accounts
    .filter((a) => a.deletedAt === null && (scope.kind === 'portfolio' || (scope.kind === 'owner' ? a.ownerId === scope.ownerId : chosen?.has(a.id) === true)))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
