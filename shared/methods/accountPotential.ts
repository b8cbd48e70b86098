/**
 * Which purchase potential (购买潜力, seed 002) an account has, from what the user entered, in this order:
 * the purchase drivers when they add up to something, else the whitespace grid's estimate, else the
 * plan's 购买潜力 for the year. None of them: the potential is unknown — never a made-up 1 or 0.
 */
import type { DriverLine } from './purchasePotential';
import { estimatePurchasePotential } from './purchasePotential';
import { whitespacePotential } from './whitespace';
import { groupByAccount } from '../domain/byAccount';
import type { WhitespaceCell } from '../domain/renewal';

export const POTENTIAL_SOURCES = ['DRIVERS', 'WHITESPACE', 'PLAN'] as const;
export type PotentialSource = (typeof POTENTIAL_SOURCES)[number];

export interface ResolvedPotential {
  amount: number;
  source: PotentialSource;
}

export interface PotentialInputs {
  drivers: readonly DriverLine[];
  whitespace: readonly Pick<WhitespaceCell, 'businessUnit' | 'productLine' | 'status' | 'potential'>[];
  /** Σ 购买潜力 of the account's plan rows for the year; null when no row has one. */
  plan: number | null;
}

export function resolvePurchasePotential(inputs: PotentialInputs): ResolvedPotential | null {
  return withPlanPotential(ownPurchasePotential(inputs.drivers, inputs.whitespace), inputs.plan);
}

/** The first two steps, from the account's own figures: drivers, else whitespace; null when neither gives one. */
export function ownPurchasePotential(drivers: PotentialInputs['drivers'], whitespace: PotentialInputs['whitespace']): ResolvedPotential | null {
  const fromDrivers = estimatePurchasePotential(drivers);
  if (fromDrivers > 0) return { amount: fromDrivers, source: 'DRIVERS' };
  const fromWhitespace = whitespacePotential(whitespace);
  if (fromWhitespace !== null && fromWhitespace > 0) return { amount: fromWhitespace, source: 'WHITESPACE' };
  return null;
}

/** The last step: the plan's 购买潜力 when the account's own figures give none. */
export function withPlanPotential(own: ResolvedPotential | null, plan: number | null): ResolvedPotential | null {
  if (own) return own;
  return plan !== null && plan > 0 ? { amount: plan, source: 'PLAN' } : null;
}

/** Σ 购买潜力 per account over plan rows (of one year): only rows that carry one count. */
export function planPotentialByAccount(rows: readonly { accountId: string; potential: number | null }[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const row of rows) if (row.potential !== null) sums[row.accountId] = (sums[row.accountId] ?? 0) + row.potential;
  return sums;
}

type LiveCell = PotentialInputs['whitespace'][number] & { accountId: string; deletedAt: string | null };

/**
 * Every account's resolved potential (null: unknown), for the matrix, the plan's quadrant column, the home
 * and the review pack alike. `planPotential` is Σ 购买潜力 per account for the plan year.
 */
export function purchasePotentials(
  accounts: readonly { id: string; purchaseDrivers: readonly DriverLine[] }[],
  whitespace: readonly LiveCell[],
  planPotential: Readonly<Record<string, number>>,
): Map<string, ResolvedPotential | null> {
  const cellsOf = groupByAccount(whitespace.filter((cell) => cell.deletedAt === null));
  return new Map(accounts.map((a) => [a.id, resolvePurchasePotential({ drivers: a.purchaseDrivers, whitespace: cellsOf.get(a.id) ?? [], plan: planPotential[a.id] ?? null })]));
}
