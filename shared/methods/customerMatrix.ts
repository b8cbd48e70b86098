/**
 * The customer-analysis matrix (客户分析矩阵, seed 002 step 4): each account placed by relationship
 * level (x) and purchase potential (y) into 核心 CORE (high potential, strong relationship), 成长
 * GROWTH (high potential, weak relationship), 牵引 TRACTION (low potential, strong relationship) or
 * 问题 PROBLEM (low, weak). A manual quadrant set by the user is kept beside the computed one.
 *
 * Relationship level (0–100) is our own definition, made from what Keyplan knows (seed 002 step 3
 * judges the relationship by the customer's lifecycle stage; seeds 000/001 by the decision chain):
 * - 40 % lifecycle stage: 考察期 exploration 25, 形成期 formation 60, 稳定期 stability 100,
 *   退化期 decline 30, not set 0;
 * - 30 % decision-chain support: supporters' share of the influence weight of everyone who has
 *   taken a side (no one yet: 0);
 * - 30 % KP coverage: the share of EB, UB and TB who are identified and contacted.
 * The level is rounded to a whole number; "strong" is at or above the relationship threshold.
 */
import type { LifecycleStage, MatrixQuadrant } from '../domain/codes';
import type { MatrixSettings } from '../domain/matrixSettings';
import { keyPersonCoverage, supportBalance, type HealthPerson } from './decisionChainHealth';

export const STAGE_POINTS: Record<LifecycleStage, number> = { EXPLORATION: 25, FORMATION: 60, STABILITY: 100, DECLINE: 30 };
const WEIGHTS = { stage: 0.4, support: 0.3, coverage: 0.3 };

export interface RelationshipParts {
  stage: number;
  support: number;
  coverage: number;
  level: number;
}

/**
 * What the relationship level takes from an account's decision chain: the supporters' share of the
 * sided influence and the KP coverage, each 0–100 and not rounded. A few numbers per account, so a
 * view can read them (chainStandings.ts, cached) instead of every stakeholder.
 */
export interface ChainStanding {
  support: number;
  coverage: number;
}

/** An account with nobody on its chain. */
export const NO_STANDING: ChainStanding = { support: 0, coverage: 0 };

export function chainStanding(people: readonly HealthPerson[]): ChainStanding {
  if (people.length === 0) return NO_STANDING;
  const balance = supportBalance(people);
  const sided = balance.support + balance.opposition;
  return {
    support: sided === 0 ? 0 : (balance.support / sided) * 100,
    coverage: (keyPersonCoverage(people).filter((kp) => kp.present && kp.contacted).length / 3) * 100,
  };
}

export function relationshipLevel(stage: LifecycleStage | null, people: readonly HealthPerson[] | ChainStanding): RelationshipParts {
  const { support, coverage } = 'support' in people ? people : chainStanding(people);
  const stagePoints = stage === null ? 0 : STAGE_POINTS[stage];
  const level = Math.round(stagePoints * WEIGHTS.stage + support * WEIGHTS.support + coverage * WEIGHTS.coverage);
  return { stage: stagePoints, support: Math.round(support), coverage: Math.round(coverage), level };
}

export function quadrantOf(relationship: number, potential: number, settings: MatrixSettings): MatrixQuadrant {
  const strong = relationship >= settings.relationshipThreshold;
  const high = potential >= settings.potentialThreshold;
  if (high) return strong ? 'CORE' : 'GROWTH';
  return strong ? 'TRACTION' : 'PROBLEM';
}

export interface MatrixPlacement {
  relationship: RelationshipParts;
  /** null: nobody knows the account's purchase potential yet (no drivers, white-space estimate or plan potential). */
  potential: number | null;
  /** null while the potential is unknown: such an account is in no quadrant (not "问题客户"), and no count. */
  computed: MatrixQuadrant | null;
  override: MatrixQuadrant | null;
  /** What the account is treated as: the user's choice when there is one. */
  effective: MatrixQuadrant | null;
}

export function placeAccount(
  account: { lifecycleStage: LifecycleStage | null; quadrantOverride: MatrixQuadrant | null },
  potential: number | null,
  people: readonly HealthPerson[] | ChainStanding,
  settings: MatrixSettings,
): MatrixPlacement {
  const relationship = relationshipLevel(account.lifecycleStage, people);
  const computed = potential === null ? null : quadrantOf(relationship.level, potential, settings);
  return { relationship, potential, computed, override: account.quadrantOverride, effective: account.quadrantOverride ?? computed };
}
