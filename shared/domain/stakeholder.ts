/**
 * Stakeholder (关键人) on the customer's decision chain, and the influence links drawn between them.
 * `placeholder` marks a seat whose person we do not know yet ("未识别的技术把关者").
 * `personalFile` is sensitive: it stays out of every export unless the user asks for it.
 */
import { z } from 'zod';
import { idSchema, recordBaseShape } from './common';
import { BUYING_ROLES, COACH_STRENGTHS, COVERAGE_LEVELS, INFLUENCE_LINK_KINDS, POWER_LAYERS, STAKEHOLDER_FUNCTIONS } from './codes';
import { boundedInt, note, optionalDate, text } from './fieldRules';

export const personalFileSchema = z.object({
  family: note(2000),
  hometown: text(100),
  school: text(200),
  hobbies: note(2000),
  careerGoals: note(2000),
});

export const contactsSchema = z.object({
  phone: text(50),
  mobile: text(50),
  email: text(200),
  wechat: text(100),
  address: text(300),
});

/** Canvas coordinates; bounded so a corrupt file cannot throw a card a light-year away. */
const coordinate = z.number().min(-10_000_000).max(10_000_000);
export const chartPositionSchema = z.object({ x: coordinate, y: coordinate });

export const stakeholderSchema = z
  .object({
    ...recordBaseShape,
    accountId: idSchema,
    placeholder: z.boolean().default(false),
    name: text(100),
    title: text(100),
    department: text(100),
    reportsToId: idSchema.nullable().default(null),
    powerLayer: z.enum(POWER_LAYERS).nullable().default(null),
    function: z.enum(STAKEHOLDER_FUNCTIONS).nullable().default(null),
    buyingRole: z.enum(BUYING_ROLES).default('NONE'),
    coachStrength: z.enum(COACH_STRENGTHS).nullable().default(null),
    stance: boundedInt(-2, 2).default(0),
    influence: boundedInt(1, 5).default(3),
    coverage: z.enum(COVERAGE_LEVELS).default('NOT_CONTACTED'),
    closeness: boundedInt(1, 5).nullable().default(null),
    targetCloseness: boundedInt(1, 5).nullable().default(null),
    decisionCriteria: note(2000),
    organizationalNeeds: note(2000),
    personalNeeds: note(2000),
    personalFile: personalFileSchema.prefault({}),
    contacts: contactsSchema.prefault({}),
    ownerId: idSchema.nullable().default(null),
    lastContactDate: optionalDate,
    notes: note(),
    /** Where the user dropped the card on the org chart; null = placed by the automatic layout. */
    position: chartPositionSchema.nullable().default(null),
    /** The card's reports are folded away on the org chart. */
    collapsed: z.boolean().default(false),
  })
  // A real person needs a name; a placeholder seat may stay anonymous until we identify them.
  .refine((s) => s.placeholder || s.name.length > 0, { message: 'required', path: ['name'] });

export const influenceLinkSchema = z
  .object({
    ...recordBaseShape,
    accountId: idSchema,
    fromId: idSchema,
    toId: idSchema,
    kind: z.enum(INFLUENCE_LINK_KINDS),
    strength: boundedInt(1, 5).default(3),
    note: note(2000),
  })
  .refine((link) => link.fromId !== link.toId, { message: 'self_reference', path: ['toId'] });

export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type InfluenceLink = z.infer<typeof influenceLinkSchema>;
export type PersonalFile = z.infer<typeof personalFileSchema>;
export type ChartPosition = z.infer<typeof chartPositionSchema>;
