/**
 * RFM (seed 000): recency, frequency and monetary scores from an account's purchases, the weighted
 * score, the VIP level, and the eight RFM classes (high/low on each axis, as the seed names them).
 * An account without purchases has no RFM (null): there is nothing to score.
 */
import type { RfmSettings } from '../domain/rfmSettings';
import { daysBetween } from './decisionChainHealth';

export const VIP_LEVELS = ['VIP', 'VVIP', 'VVVIP', 'VVVVIP', 'VVVVVIP'] as const;
export type VipLevel = (typeof VIP_LEVELS)[number];

/** The eight classes, keyed R/F/M high (H) or low (L): 重要价值 … 一般挽留. */
export const RFM_CLASSES = [
  'IMPORTANT_VALUE',
  'IMPORTANT_DEVELOP',
  'IMPORTANT_KEEP',
  'IMPORTANT_RETAIN',
  'GENERAL_VALUE',
  'GENERAL_DEVELOP',
  'GENERAL_KEEP',
  'GENERAL_RETAIN',
] as const;
export type RfmClass = (typeof RFM_CLASSES)[number];

const CLASS_BY_AXES: Record<string, RfmClass> = {
  HHH: 'IMPORTANT_VALUE',
  HLH: 'IMPORTANT_DEVELOP',
  LHH: 'IMPORTANT_KEEP',
  LLH: 'IMPORTANT_RETAIN',
  HHL: 'GENERAL_VALUE',
  HLL: 'GENERAL_DEVELOP',
  LHL: 'GENERAL_KEEP',
  LLL: 'GENERAL_RETAIN',
};

export interface Purchase {
  date: string;
  amount: number;
}

export interface RfmResult {
  daysSinceLast: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  score: number;
  vip: VipLevel;
  rfmClass: RfmClass;
}

export function recencyScore(days: number, thresholds: readonly number[]): number {
  const index = thresholds.findIndex((limit) => days <= limit);
  return index === -1 ? 1 : 5 - index;
}

/** Score for a value against ascending lower bounds: below the first → `floor`, at or above the last → 5. */
function ascendingScore(value: number, bounds: readonly number[], floor: number): number {
  const reached = bounds.filter((bound) => value >= bound).length;
  return reached === 0 ? floor : reached + 1;
}

export function frequencyScore(count: number, thresholds: readonly number[]): number {
  return count === 0 ? 0 : ascendingScore(count, thresholds, 1);
}

export function monetaryScore(amount: number, thresholds: readonly number[]): number {
  return amount <= 0 ? 0 : ascendingScore(amount, thresholds, 1);
}

export function vipLevel(score: number, bands: readonly number[]): VipLevel {
  return VIP_LEVELS[bands.filter((bound) => score >= bound).length] ?? 'VVVVVIP';
}

export function rfmClass(r: number, f: number, m: number, highFrom: number): RfmClass {
  const axis = (score: number) => (score >= highFrom ? 'H' : 'L');
  return CLASS_BY_AXES[`${axis(r)}${axis(f)}${axis(m)}`] ?? 'GENERAL_RETAIN';
}

/**
 * One pass over the purchases, comparing dates as strings: a purchase is in the window when its date
 * is after the window's first excluded day (today − windowDays), the same test as "fewer than
 * windowDays days ago" without parsing a date per purchase (the views recompute this on every edit).
 */
export function computeRfm(purchases: readonly Purchase[], today: string, settings: RfmSettings): RfmResult | null {
  const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - settings.windowDays * 86_400_000).toISOString().slice(0, 10);
  let last: string | null = null;
  let frequency = 0;
  let monetary = 0;
  for (const p of purchases) {
    if (p.date > today) continue;
    if (last === null || p.date > last) last = p.date;
    // ISO dates compare as strings; anything else is measured in days.
    if (p.date.length === 10 ? p.date > cutoff : daysBetween(p.date, today) < settings.windowDays) {
      frequency += 1;
      monetary += p.amount;
    }
  }
  if (last === null) return null;
  const daysSinceLast = daysBetween(last, today);
  const r = recencyScore(daysSinceLast, settings.recencyDays);
  const f = frequencyScore(frequency, settings.frequencyCounts);
  const m = monetaryScore(monetary, settings.monetaryAmounts);
  const score = r * settings.weights.r + f * settings.weights.f + m * settings.weights.m;
  return { daysSinceLast, frequency, monetary, r, f, m, score, vip: vipLevel(score, settings.vipBands), rfmClass: rfmClass(r, f, m, settings.highFrom) };
}
