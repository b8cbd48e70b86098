/**
 * Account (客户) with its profile (客户画像, seed 003), the five-layer model (seed 001: information,
 * barriers, business = opportunities, relationship = decision chain, interest) and the potential
 * analysis (seed 002: purchase drivers × driver quantity × expected purchase per unit).
 * Size (headcount, revenue) lives in the information layer so it is entered once.
 */
import { z } from 'zod';
import { idSchema, moneySchema, recordBaseShape } from './common';
import {
  ACCOUNT_TIERS,
  BARRIER_STATUSES,
  BARRIER_STRATEGIES,
  BARRIER_TYPES,
  DECISION_PROCESS_TYPES,
  DEVELOPMENT_STAGES,
  LIFECYCLE_STAGES,
  MANAGEMENT_PHASES,
  MATRIX_QUADRANTS,
  PROCUREMENT_HABITS,
  PURCHASE_PATTERNS,
  URGENCY_LEVELS,
} from './codes';
import { note, optionalCount, optionalDate, optionalMoney, requiredName, text } from './fieldRules';
import { isoDateSchema } from './common';

export const profileSchema = z.object({
  background: note(),
  productCoverage: z.object({ compatibleDomains: text(500), mainDomain: text(200) }).prefault({}),
  needs: z
    .object({
      interestPoints: note(),
      desiredOutcome: note(),
      reasonsToBuy: note(),
      reasonsNotToBuy: note(),
      urgency: z.enum(URGENCY_LEVELS).nullable().default(null),
    })
    .prefault({}),
  decisionProcessType: z.enum(DECISION_PROCESS_TYPES).nullable().default(null),
  decisionCycle: text(100),
  typicalBudget: optionalMoney,
  procurementHabit: z.enum(PROCUREMENT_HABITS).nullable().default(null),
  competition: note(),
  informationSources: note(),
});

export const informationLayerSchema = z.object({
  founded: optionalDate,
  headcount: optionalCount,
  mainBusiness: note(2000),
  revenue: optionalMoney,
  procurementBudget: optionalMoney,
  pastSuppliers: note(2000),
});

export const barrierSchema = z.object({
  id: idSchema,
  type: z.enum(BARRIER_TYPES),
  description: note(2000),
  status: z.enum(BARRIER_STATUSES).default('OPEN'),
  breakthroughPlan: note(2000),
  strategy: z.enum(BARRIER_STRATEGIES).default('ATTACK'),
});

export const interestLayerSchema = z.object({
  business: note(2000),
  personalRecognition: note(2000),
  strategic: note(2000),
});

export const purchaseDriverSchema = z.object({
  id: idSchema,
  name: requiredName(100),
  quantity: z.number().min(0).max(1e12),
  unit: text(20),
  purchasePerUnit: moneySchema,
  decisionMakers: text(500),
});

export const transactionMetricsSchema = z.object({
  cumulativeSales: optionalMoney,
  profit: z.number().int({ message: 'not_integer' }).min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  averageDeal: optionalMoney,
  collectionPeriodDays: optionalCount,
  arrears: optionalMoney,
});

export const purchaseSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  amount: moneySchema,
});

export const accountSchema = z.object({
  ...recordBaseShape,
  name: requiredName(200),
  parentId: idSchema.nullable().default(null),
  industry: text(100),
  region: text(100),
  developmentStage: z.enum(DEVELOPMENT_STAGES).nullable().default(null),
  tier: z.enum(ACCOUNT_TIERS).default('REGULAR'),
  purchasePattern: z.enum(PURCHASE_PATTERNS).nullable().default(null),
  ownerId: idSchema.nullable().default(null),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).nullable().default(null),
  managementPhase: z.enum(MANAGEMENT_PHASES).nullable().default(null),
  notes: note(),
  profile: profileSchema.prefault({}),
  information: informationLayerSchema.prefault({}),
  barriers: z.array(barrierSchema).max(500).default([]),
  interest: interestLayerSchema.prefault({}),
  purchaseDrivers: z.array(purchaseDriverSchema).max(500).default([]),
  transactions: transactionMetricsSchema.prefault({}),
  purchases: z.array(purchaseSchema).max(10_000).default([]),
  /** The user's own quadrant on the customer-analysis matrix, kept beside the computed one. */
  quadrantOverride: z.enum(MATRIX_QUADRANTS).nullable().default(null),
});

export type Account = z.infer<typeof accountSchema>;
export type AccountProfile = z.infer<typeof profileSchema>;
export type Barrier = z.infer<typeof barrierSchema>;
export type PurchaseDriver = z.infer<typeof purchaseDriverSchema>;
export type Purchase = z.infer<typeof purchaseSchema>;
