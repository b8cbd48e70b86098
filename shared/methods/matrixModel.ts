/** Every account placed on the matrix, with the figures its bubble and lists show. */
import type { AccountDigest } from './accountDigests';
import type { MatrixQuadrant } from '../domain/codes';
import type { MatrixSettings } from '../domain/matrixSettings';
import { NO_STANDING, placeAccount, type MatrixPlacement } from './customerMatrix';
import type { ChainStandings } from './chainStandings';
import type { ResolvedPotential } from './accountPotential';

/** What placing an account takes: a digest has it, and so has a full account record. */
export type Placeable = Pick<AccountDigest, 'id' | 'ownerId' | 'tier' | 'industry' | 'lifecycleStage' | 'quadrantOverride'>;

export interface PlacedAccount<A extends Placeable = AccountDigest> {
  account: A;
  placement: MatrixPlacement;
}

export interface MatrixFilters {
  ownerIds: string[];
  tiers: string[];
  industries: string[];
}

export const NO_MATRIX_FILTERS: MatrixFilters = { ownerIds: [], tiers: [], industries: [] };

/** Each account's purchase potential (drivers → whitespace → plan); an account missing or null is "unknown": in no quadrant, drawn apart. */
export type Potentials = ReadonlyMap<string, ResolvedPotential | null>;

/** `standings`: every account's chain standing (an account without one has nobody on its chain). */
export function placeAccounts<A extends Placeable>(accounts: readonly A[], standings: ChainStandings, settings: MatrixSettings, filters: MatrixFilters, potentials: Potentials): PlacedAccount<A>[] {
  return accounts
    .filter(
      (a) =>
        (filters.ownerIds.length === 0 || (a.ownerId !== null && filters.ownerIds.includes(a.ownerId))) &&
        (filters.tiers.length === 0 || filters.tiers.includes(a.tier)) &&
        (filters.industries.length === 0 || filters.industries.includes(a.industry)),
    )
    .map((account) => ({
      account,
      placement: placeAccount(account, potentials.get(account.id)?.amount ?? null, standings[account.id] ?? NO_STANDING, settings),
    }));
}

export function byQuadrant(placed: readonly PlacedAccount[]): Record<MatrixQuadrant, PlacedAccount[]> {
  const groups: Record<MatrixQuadrant, PlacedAccount[]> = { CORE: [], GROWTH: [], TRACTION: [], PROBLEM: [] };
  // An account whose potential is unknown is in no quadrant (the chart lists it apart).
  for (const p of placed) if (p.placement.effective !== null) groups[p.placement.effective].push(p);
  return groups;
}

/** Each account's quadrant as the user sees it (the manual one when set, else computed). */
export function effectiveQuadrants(accounts: readonly Placeable[], standings: ChainStandings, settings: MatrixSettings, potentials: Potentials): Map<string, MatrixQuadrant> {
  const quadrants = new Map<string, MatrixQuadrant>();
  for (const p of placeAccounts(accounts, standings, settings, NO_MATRIX_FILTERS, potentials)) if (p.placement.effective !== null) quadrants.set(p.account.id, p.placement.effective);
  return quadrants;
}
