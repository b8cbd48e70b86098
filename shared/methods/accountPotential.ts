/**
 * Which purchase potential (购买潜力, seed 002) an account has, from what the user entered, in this order:
 * the purchase drivers when they add up to something, else the whitespace grid's estimate, else the
 * plan's 购买潜力 for the year. None of them: the potential is unknown — never a made-up 1 or 0.
 */
import type { DriverLine } from './purchasePotential';
import { estimatePurchasePotential } from './purchasePotential';
import { whitespacePotential } from './whitespace';
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
  const drivers = estimatePurchasePotential(inputs.drivers);
  if (drivers > 0) return { amount: drivers, source: 'DRIVERS' };
  const whitespace = whitespacePotential(inputs.whitespace);
  if (whitespace !== null && whitespace > 0) return { amount: whitespace, source: 'WHITESPACE' };
  if (inputs.plan !== null && inputs.plan > 0) return { amount: inputs.plan, source: 'PLAN' };
  return null;
}

/** Σ 购买潜力 per account over plan rows (of one year): only rows that carry one count. */
export function planPotentialByAccount(rows: readonly { accountId: string; potential: number | null }[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) if (row.potential !== null) sums.set(row.accountId, (sums.get(row.accountId) ?? 0) + row.potential);
  return sums;
}
