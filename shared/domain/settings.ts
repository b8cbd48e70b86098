/**
 * Workspace settings travel with the workspace file (scoring standards, currency, plan year,
 * thresholds). The UI language is a per-device preference and deliberately not stored here, so
 * importing a colleague's file never switches your language.
 */
import { z } from 'zod';
import { isoInstantSchema } from './common';
import { FUNNEL_STAGES, type FunnelStage } from './codes';
import { boundedInt, nameKey, requiredName } from './fieldRules';
import { matrixSettingsSchema } from './matrixSettings';
import { rfmSettingsSchema } from './rfmSettings';

export const SETTINGS_ID = 'workspace';

export const DEFAULT_STAGE_PROBABILITIES: Record<FunnelStage, number> = {
  LEAD: 5,
  OPPORTUNITY: 10,
  VALIDATED: 20,
  PRE_BID: 40,
  BIDDING: 60,
  NEGOTIATION: 80,
  WON: 100,
  LOST: 0,
};

const stageProbabilitiesSchema = z.object(
  Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, boundedInt(0, 100).default(DEFAULT_STAGE_PROBABILITIES[stage])])) as Record<
    FunnelStage,
    z.ZodDefault<ReturnType<typeof boundedInt>>
  >,
);

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** How summaries and cards show money: 2,479万 / 1.2亿 (24.79M) or every yuan with cents. Cells, hovers and exports are always exact. */
export const MONEY_DISPLAYS = ['compact', 'exact'] as const;
export type MoneyDisplay = (typeof MONEY_DISPLAYS)[number];

export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  currency: z.enum(CURRENCIES).default('CNY'),
  planYear: boundedInt(2000, 2100),
  stageProbabilities: stageProbabilitiesSchema.prefault({}),
  /** 目标风险裕量: a plan row is at risk when coverage < 1 + margin. Percent. */
  riskMarginPercent: boundedInt(0, 500).default(30),
  /** A key person is "gone cold" after this many days without contact. */
  coldAfterDays: boundedInt(1, 3650).default(30),
  askRevisionReason: z.boolean().default(true),
  moneyDisplay: z.enum(MONEY_DISPLAYS).default('compact'),
  rfm: rfmSettingsSchema.prefault({}),
  matrix: matrixSettingsSchema.prefault({}),
  /** Our product lines: the columns of every account's whitespace grid (白区分析), in the user's order. */
  productLines: z
    .array(requiredName(100))
    .max(200)
    .default([])
    .superRefine((lines, ctx) => {
      const seen = new Set<string>();
      lines.forEach((line, i) => {
        const key = nameKey(line);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicate_name', path: [i] });
        seen.add(key);
      });
    }),
});

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(now: string, planYear: number): Settings {
  return settingsSchema.parse({ id: SETTINGS_ID, createdAt: now, updatedAt: now, planYear });
}
