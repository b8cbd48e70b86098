/**
 * What kind of value a record's field holds, read from the table's schema, so a value can be shown as
 * the editors show it — an amount as money (stored in fen), a code by its word (`codes.<group>`), a
 * deletion as "deleted" — in the merge preview, its report, and anywhere else a stored value is shown
 * outside its editor. One source: the schema; a new field gets its kind without a list to update.
 */
import type { z } from 'zod';
import {
  ACCOUNT_TIERS,
  ACTIVITY_KINDS,
  ACTIVITY_PURPOSES,
  BARRIER_STATUSES,
  BARRIER_STRATEGIES,
  BARRIER_TYPES,
  BUYING_ROLES,
  CALL_OUTCOMES,
  COACH_STRENGTHS,
  COVERAGE_LEVELS,
  DECISION_PROCESS_TYPES,
  DEVELOPMENT_STAGES,
  FUNNEL_STAGES,
  INFLUENCE_LINK_KINDS,
  INSTALLMENT_STAGES,
  LIFECYCLE_STAGES,
  MANAGEMENT_PHASES,
  POWER_LAYERS,
  PROCUREMENT_HABITS,
  PURCHASE_PATTERNS,
  SERVICE_LEVELS,
  STAKEHOLDER_FUNCTIONS,
  TEAM_ROLES,
  URGENCY_LEVELS,
} from '../domain/codes';
import { isoDateSchema, isoInstantSchema, moneySchema } from '../domain/common';
import type { FieldPath } from '../domain/recordPatch';
import { tableSchemas, type TableName } from '../domain/workspace';

export type FieldKind =
  | { kind: 'money' }
  | { kind: 'code'; group: string }
  | { kind: 'stance' }
  | { kind: 'date' }
  | { kind: 'instant' }
  | { kind: 'deleted' }
  | { kind: 'reference' }
  | { kind: 'plain' };

/** The code lists and the `codes.<group>` their words are under. */
const CODE_GROUPS: readonly (readonly [readonly string[], string])[] = [
  [ACCOUNT_TIERS, 'tier'],
  [DEVELOPMENT_STAGES, 'developmentStage'],
  [PURCHASE_PATTERNS, 'purchasePattern'],
  [LIFECYCLE_STAGES, 'lifecycleStage'],
  [MANAGEMENT_PHASES, 'managementPhase'],
  [URGENCY_LEVELS, 'urgency'],
  [DECISION_PROCESS_TYPES, 'decisionProcessType'],
  [PROCUREMENT_HABITS, 'procurementHabit'],
  [BARRIER_TYPES, 'barrierType'],
  [BARRIER_STATUSES, 'barrierStatus'],
  [BARRIER_STRATEGIES, 'barrierStrategy'],
  [POWER_LAYERS, 'powerLayer'],
  [STAKEHOLDER_FUNCTIONS, 'stakeholderFunction'],
  [BUYING_ROLES, 'buyingRole'],
  [COACH_STRENGTHS, 'coachStrength'],
  [COVERAGE_LEVELS, 'coverage'],
  [INFLUENCE_LINK_KINDS, 'linkKind'],
  [TEAM_ROLES, 'teamRole'],
  [FUNNEL_STAGES, 'funnelStage'],
  [ACTIVITY_KINDS, 'activityKind'],
  [ACTIVITY_PURPOSES, 'activityPurpose'],
  [CALL_OUTCOMES, 'callOutcome'],
  [INSTALLMENT_STAGES, 'installmentStage'],
  [SERVICE_LEVELS, 'serviceLevel'],
];

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  entries?: Record<string, string>;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Down through defaults, nullables, optionals and pipes to the schema that says what the value is. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 10; i += 1) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    if (current === moneySchema || current === isoDateSchema || current === isoInstantSchema) return current;
    current = inner;
  }
  return current;
}

function schemaAt(table: TableName, path: FieldPath): z.ZodType | undefined {
  let schema: z.ZodType | undefined = tableSchemas[table];
  for (const key of path) {
    if (!schema) return undefined;
    const def = defOf(unwrap(schema));
    if (def.type === 'object') schema = def.shape?.[key];
    else if (def.type === 'array' && /^\d+$/.test(key)) schema = def.element;
    else return undefined;
  }
  return schema;
}

const known = new Map<string, FieldKind>();

export function fieldKind(table: TableName, path: FieldPath): FieldKind {
  const key = `${table}/${path.join('.')}`;
  const cached = known.get(key);
  if (cached) return cached;
  const kind = findKind(table, path);
  known.set(key, kind);
  return kind;
}

function findKind(table: TableName, path: FieldPath): FieldKind {
  const last = path[path.length - 1] ?? '';
  if (path.length === 1 && last === 'deletedAt') return { kind: 'deleted' };
  if (last === 'stance' || last === 'desiredStance') return { kind: 'stance' };
  if (/Id$/.test(last)) return { kind: 'reference' };
  const schema = schemaAt(table, path);
  if (!schema) return { kind: 'plain' };
  let inner = unwrap(schema);
  // A list of amounts (a plan row's quarters) reads as amounts.
  const def = defOf(inner);
  if (def.type === 'tuple' && def.items?.[0]) inner = unwrap(def.items[0]);
  if (inner === moneySchema) return { kind: 'money' };
  if (inner === isoDateSchema) return { kind: 'date' };
  if (inner === isoInstantSchema) return { kind: 'instant' };
  const entries = defOf(inner).entries;
  if (defOf(inner).type === 'enum' && entries) {
    const values = Object.values(entries);
    const group = CODE_GROUPS.find(([codes]) => codes.length === values.length && codes.every((c) => values.includes(c)));
    if (group) return { kind: 'code', group: group[1] };
  }
  return { kind: 'plain' };
}
