/**
 * Decision-chain health (seeds 000, 001, 003).
 *
 * - KP coverage: for each key person role (EB 经济决策者, UB 使用者, TB 技术把关者) — is a real person
 *   mapped (placeholder seats do not count), has at least one of them been contacted, does one of them support us.
 * - Support balance (seed 001: "支持的总权重领先"): Σ influence weight of supporters (stance > 0) against
 *   Σ influence weight of opponents (stance < 0). Neutral people count for neither side.
 * - Gaps, each with the people concerned so the chart can highlight them:
 *   a power layer or a function with nobody mapped; a key person role with nobody mapped; a decision-maker
 *   (EB/UB/TB or anyone in the decision layer) with no owner on our side; no coach; an opponent with
 *   influence weight ≥ 4; key people (EB/UB/TB, coach, or influence ≥ 4) not contacted within N days.
 */
import { KEY_PERSON_ROLES, POWER_LAYERS, type KeyPersonRole, type PowerLayer, type StakeholderFunction } from '../domain/codes';
import type { Stakeholder } from '../domain/stakeholder';

export type HealthPerson = Pick<
  Stakeholder,
  'id' | 'placeholder' | 'buyingRole' | 'stance' | 'influence' | 'coverage' | 'powerLayer' | 'function' | 'ownerId' | 'lastContactDate'
>;

export interface KeyPersonCoverage {
  role: KeyPersonRole;
  peopleIds: string[];
  present: boolean;
  contacted: boolean;
  supportive: boolean;
}

export interface SupportBalance {
  support: number;
  opposition: number;
  /** support − opposition: positive = ahead. */
  margin: number;
  status: 'AHEAD' | 'EVEN' | 'BEHIND';
  supporterIds: string[];
  opponentIds: string[];
}

export const GAP_CODES = [
  'KP_MISSING',
  'NO_COACH',
  'HIGH_WEIGHT_OPPONENT',
  'DECISION_MAKER_UNOWNED',
  'GONE_COLD',
  'LAYER_UNMAPPED',
  'FUNCTION_UNMAPPED',
] as const;
export type GapCode = (typeof GAP_CODES)[number];

export type Gap =
  | { code: 'KP_MISSING'; role: KeyPersonRole; stakeholderIds: string[] }
  | { code: 'NO_COACH'; stakeholderIds: string[] }
  | { code: 'HIGH_WEIGHT_OPPONENT'; stakeholderIds: string[] }
  | { code: 'DECISION_MAKER_UNOWNED'; stakeholderIds: string[] }
  | { code: 'GONE_COLD'; days: number; stakeholderIds: string[] }
  | { code: 'LAYER_UNMAPPED'; layer: PowerLayer; stakeholderIds: string[] }
  | { code: 'FUNCTION_UNMAPPED'; function: StakeholderFunction; stakeholderIds: string[] };

export interface ChainHealth {
  keyPeople: KeyPersonCoverage[];
  balance: SupportBalance;
  gaps: Gap[];
  peopleCount: number;
  placeholderCount: number;
}

export type KeyPersonState = 'kpMissing' | 'kpCold' | 'kpNeutral' | 'kpGood';

/** The first thing missing for a KP, from "not identified" to "supports us" (the panel, the report and the deck). */
export function keyPersonState(kp: Pick<KeyPersonCoverage, 'present' | 'contacted' | 'supportive'>): KeyPersonState {
  return !kp.present ? 'kpMissing' : !kp.contacted ? 'kpCold' : !kp.supportive ? 'kpNeutral' : 'kpGood';
}

export interface HealthOptions {
  /** Today as YYYY-MM-DD (local calendar). */
  today: string;
  coldAfterDays: number;
}

/** Influence weight from which an opponent is a red flag. */
export const HIGH_WEIGHT = 4;
/** Seed 000's three functions every decision chain should reach (使用部门, 技术部门, 财务管控). */
export const EXPECTED_FUNCTIONS: readonly StakeholderFunction[] = ['USER_DEPT', 'TECHNICAL', 'FINANCE'];

export function supportBalance(people: readonly HealthPerson[]): SupportBalance {
  const real = people.filter((p) => !p.placeholder);
  const supporters = real.filter((p) => p.stance > 0);
  const opponents = real.filter((p) => p.stance < 0);
  const support = supporters.reduce((sum, p) => sum + p.influence, 0);
  const opposition = opponents.reduce((sum, p) => sum + p.influence, 0);
  const margin = support - opposition;
  return {
    support,
    opposition,
    margin,
    status: margin > 0 ? 'AHEAD' : margin < 0 ? 'BEHIND' : 'EVEN',
    supporterIds: supporters.map((p) => p.id),
    opponentIds: opponents.map((p) => p.id),
  };
}

export function keyPersonCoverage(people: readonly HealthPerson[]): KeyPersonCoverage[] {
  return KEY_PERSON_ROLES.map((role) => {
    const holders = people.filter((p) => !p.placeholder && p.buyingRole === role);
    return {
      role,
      peopleIds: holders.map((p) => p.id),
      present: holders.length > 0,
      contacted: holders.some((p) => p.coverage !== 'NOT_CONTACTED'),
      supportive: holders.some((p) => p.stance > 0),
    };
  });
}

export function isKeyPerson(p: HealthPerson): boolean {
  return p.buyingRole !== 'NONE' || p.influence >= HIGH_WEIGHT;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), calendar-exact whatever the time zone. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isGoneCold(p: HealthPerson, options: HealthOptions): boolean {
  return p.lastContactDate === null || daysBetween(p.lastContactDate, options.today) > options.coldAfterDays;
}

export function chainGaps(people: readonly HealthPerson[], options: HealthOptions): Gap[] {
  const real = people.filter((p) => !p.placeholder);
  const gaps: Gap[] = [];
  for (const role of KEY_PERSON_ROLES) {
    if (!real.some((p) => p.buyingRole === role)) {
      // Point at the empty seat if the user drew one.
      gaps.push({ code: 'KP_MISSING', role, stakeholderIds: people.filter((p) => p.placeholder && p.buyingRole === role).map((p) => p.id) });
    }
  }
  if (!real.some((p) => p.buyingRole === 'COACH')) {
    gaps.push({ code: 'NO_COACH', stakeholderIds: people.filter((p) => p.placeholder && p.buyingRole === 'COACH').map((p) => p.id) });
  }
  const strongOpponents = real.filter((p) => p.stance < 0 && p.influence >= HIGH_WEIGHT);
  if (strongOpponents.length > 0) gaps.push({ code: 'HIGH_WEIGHT_OPPONENT', stakeholderIds: strongOpponents.map((p) => p.id) });
  const unowned = real.filter((p) => (KEY_PERSON_ROLES.some((r) => r === p.buyingRole) || p.powerLayer === 'DECISION') && p.ownerId === null);
  if (unowned.length > 0) gaps.push({ code: 'DECISION_MAKER_UNOWNED', stakeholderIds: unowned.map((p) => p.id) });
  const cold = real.filter((p) => isKeyPerson(p) && isGoneCold(p, options));
  if (cold.length > 0) gaps.push({ code: 'GONE_COLD', days: options.coldAfterDays, stakeholderIds: cold.map((p) => p.id) });
  for (const layer of POWER_LAYERS) {
    if (!real.some((p) => p.powerLayer === layer)) gaps.push({ code: 'LAYER_UNMAPPED', layer, stakeholderIds: [] });
  }
  for (const fn of EXPECTED_FUNCTIONS) {
    if (!real.some((p) => p.function === fn)) gaps.push({ code: 'FUNCTION_UNMAPPED', function: fn, stakeholderIds: [] });
  }
  return gaps;
}

/**
 * How many people a chain holds, told apart from its vacant seats — the one count the health tab,
 * the snapshot list and the reports use ("20 人 · 1 个空缺席位", never "21 人").
 */
export function headcount(people: readonly { placeholder: boolean; deletedAt?: string | null }[]): { people: number; seats: number } {
  let count = 0;
  let seats = 0;
  for (const p of people) {
    if (p.deletedAt !== undefined && p.deletedAt !== null) continue;
    if (p.placeholder) seats += 1;
    else count += 1;
  }
  return { people: count, seats };
}

export function decisionChainHealth(people: readonly HealthPerson[], options: HealthOptions): ChainHealth {
  const { people: peopleCount, seats: placeholderCount } = headcount(people);
  return {
    keyPeople: keyPersonCoverage(people),
    balance: supportBalance(people),
    gaps: chainGaps(people, options),
    peopleCount,
    placeholderCount,
  };
}
