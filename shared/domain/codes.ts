/**
 * Stable codes for every enumeration in the domain. Files and the database store these codes;
 * labels (Chinese and English) come from i18n, keyed by the same code. Never rename a code:
 * add a new one and migrate.
 */
export const ACCOUNT_TIERS = ['STRATEGIC', 'TOP', 'KEY', 'REGULAR'] as const;
export const DEVELOPMENT_STAGES = ['STARTUP', 'GROWTH', 'MATURE', 'DECLINE'] as const;
export const PURCHASE_PATTERNS = ['CONTINUOUS', 'OCCASIONAL'] as const;
export const LIFECYCLE_STAGES = ['EXPLORATION', 'FORMATION', 'STABILITY', 'DECLINE'] as const;
export const MANAGEMENT_PHASES = ['BREAKTHROUGH', 'CONSOLIDATION', 'OCCUPATION'] as const;
export const URGENCY_LEVELS = ['NORMAL', 'URGENT', 'CRITICAL'] as const;
export const DECISION_PROCESS_TYPES = ['EB', 'EB_UB', 'EB_TB', 'EB_UB_TB'] as const;
export const PROCUREMENT_HABITS = ['YEARLY', 'QUARTERLY', 'ANYTIME'] as const;
export const BARRIER_TYPES = [
  'SHORTLIST',
  'QUALIFICATION',
  'CASE_EXPERIENCE',
  'CLASSIFIED',
  'SPECIAL_NEED',
  'COMPETITOR',
  'RELATIONSHIP',
  'OTHER',
] as const;
export const BARRIER_STATUSES = ['OPEN', 'IN_PROGRESS', 'BROKEN_THROUGH'] as const;
export const BARRIER_STRATEGIES = ['ATTACK', 'WATCH'] as const;

export const POWER_LAYERS = ['DECISION', 'MANAGEMENT', 'OPERATION'] as const;
export const STAKEHOLDER_FUNCTIONS = ['USER_DEPT', 'TECHNICAL', 'FINANCE', 'PROCUREMENT', 'OTHER'] as const;
export const BUYING_ROLES = ['EB', 'UB', 'TB', 'COACH', 'NONE'] as const;
export const COACH_STRENGTHS = ['CAN_INTERVENE', 'CAN_ADVISE', 'INFO_ONLY'] as const;
/** Stance is a number: 2 坚定支持, 1 支持, 0 中立, −1 疑虑, −2 反对. */
export const STANCES = [2, 1, 0, -1, -2] as const;
export const COVERAGE_LEVELS = ['NOT_CONTACTED', 'INITIAL', 'GENERAL', 'DEEP'] as const;
export const INFLUENCE_LINK_KINDS = [
  'INFLUENCES',
  'ALLY',
  'RIVAL',
  'REFERRAL',
  'HOMETOWN',
  'ALUMNI',
  'FORMER_COLLEAGUE',
  'FAMILY',
] as const;

export const TEAM_ROLES = ['ACCOUNT_MANAGER', 'SOLUTION_MANAGER', 'DELIVERY_MANAGER'] as const;
export const FUNNEL_STAGES = ['LEAD', 'OPPORTUNITY', 'VALIDATED', 'PRE_BID', 'BIDDING', 'NEGOTIATION', 'WON', 'LOST'] as const;
export const PURCHASE_SCENES = ['CONTINUOUS', 'OCCASIONAL'] as const;
export const OPPORTUNITY_GRADES = ['A', 'B', 'C', 'D'] as const;
export const KEY_PERSON_ROLES = ['EB', 'UB', 'TB'] as const;

export const ACTIVITY_KINDS = ['VISIT', 'CALL', 'MEETING', 'EMAIL', 'OTHER'] as const;
export const ACTIVITY_PURPOSES = ['SIGN', 'MAINTAIN', 'CHECK_PROGRESS', 'SOLUTION', 'MARKET_RESEARCH'] as const;
/** Seed 003's call summary codes (外呼小结): N/A, W/N, B/L, Cut, R/J, No Need, 待跟进, D, C. */
export const CALL_OUTCOMES = ['NA', 'WN', 'BL', 'CUT', 'RJ', 'NO_NEED', 'FOLLOW_UP', 'D', 'C'] as const;

export const INSTALLMENT_STAGES = ['DOWN_PAYMENT', 'DELIVERY', 'ACCEPTANCE', 'WARRANTY'] as const;
export const SERVICE_LEVELS = ['REACTIVE', 'RELATIONSHIP', 'SUCCESS'] as const;
export const WHITESPACE_STATUSES = ['INSTALLED', 'PIPELINE', 'OPEN', 'NOT_RELEVANT'] as const;
export const MATRIX_QUADRANTS = ['CORE', 'GROWTH', 'TRACTION', 'PROBLEM'] as const;

export type AccountTier = (typeof ACCOUNT_TIERS)[number];
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];
export type PurchasePattern = (typeof PURCHASE_PATTERNS)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type ManagementPhase = (typeof MANAGEMENT_PHASES)[number];
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];
export type DecisionProcessType = (typeof DECISION_PROCESS_TYPES)[number];
export type ProcurementHabit = (typeof PROCUREMENT_HABITS)[number];
export type BarrierType = (typeof BARRIER_TYPES)[number];
export type BarrierStatus = (typeof BARRIER_STATUSES)[number];
export type BarrierStrategy = (typeof BARRIER_STRATEGIES)[number];
export type PowerLayer = (typeof POWER_LAYERS)[number];
export type StakeholderFunction = (typeof STAKEHOLDER_FUNCTIONS)[number];
export type BuyingRole = (typeof BUYING_ROLES)[number];
export type CoachStrength = (typeof COACH_STRENGTHS)[number];
export type Stance = (typeof STANCES)[number];
export type KeyPersonRole = (typeof KEY_PERSON_ROLES)[number];
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];
export type InfluenceLinkKind = (typeof INFLUENCE_LINK_KINDS)[number];
export type TeamRole = (typeof TEAM_ROLES)[number];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type PurchaseScene = (typeof PURCHASE_SCENES)[number];
export type OpportunityGrade = (typeof OPPORTUNITY_GRADES)[number];
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type ActivityPurpose = (typeof ACTIVITY_PURPOSES)[number];
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export type InstallmentStage = (typeof INSTALLMENT_STAGES)[number];
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];
export type WhitespaceStatus = (typeof WHITESPACE_STATUSES)[number];
export type MatrixQuadrant = (typeof MATRIX_QUADRANTS)[number];
