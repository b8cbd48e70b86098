/**
 * What the customer-analysis matrix needs of each account, in a few fields: its name and the filters'
 * owner, tier and industry, the bubble's revenue, the relationship's lifecycle stage, the manual
 * quadrant, and the purchase potential from the account's own figures (drivers, else whitespace). An
 * account record carries notes, barriers, purchases and more; 5,000 of them are megabytes to read
 * and copy where the matrix draws from these. The plan's potential (the last fallback) is added when
 * the matrix reads them (`withPlanPotential`): it changes with the plan, not with the account.
 */
import type { Account } from '../domain/account';
import { groupByAccount } from '../domain/byAccount';
import type { AccountTier, LifecycleStage, MatrixQuadrant } from '../domain/codes';
import type { WhitespaceCell } from '../domain/renewal';
import { ownPurchasePotential, type ResolvedPotential } from './accountPotential';

export interface AccountDigest {
  id: string;
  name: string;
  tier: AccountTier;
  industry: string;
  ownerId: string | null;
  lifecycleStage: LifecycleStage | null;
  quadrantOverride: MatrixQuadrant | null;
  /** 年营收 from the information layer (null: not entered). */
  revenue: number | null;
  /** Drivers, else whitespace; null when neither gives one (the plan's may still). */
  ownPotential: ResolvedPotential | null;
}

type DigestCell = Pick<WhitespaceCell, 'accountId' | 'businessUnit' | 'productLine' | 'status' | 'potential' | 'deletedAt'>;

/** The digests of the live accounts, in the order given; deleted whitespace cells do not count. */
export function accountDigests(accounts: Iterable<Account>, whitespace: Iterable<DigestCell>): AccountDigest[] {
  const live: DigestCell[] = [];
  for (const cell of whitespace) if (cell.deletedAt === null) live.push(cell);
  const cellsOf = groupByAccount(live);
  const digests: AccountDigest[] = [];
  for (const a of accounts) if (a.deletedAt === null) digests.push(accountDigest(a, cellsOf.get(a.id) ?? []));
  return digests;
}

function accountDigest(a: Account, cells: readonly DigestCell[]): AccountDigest {
  return {
    id: a.id,
    name: a.name,
    tier: a.tier,
    industry: a.industry,
    ownerId: a.ownerId,
    lifecycleStage: a.lifecycleStage,
    quadrantOverride: a.quadrantOverride,
    revenue: a.information.revenue,
    ownPotential: ownPurchasePotential(a.purchaseDrivers, cells),
  };
}
