/** A plan context, rows and a zh-CN `t` for testing the plan sheet's logic without a browser. */
import i18next, { type TFunction } from 'i18next';
import { accountSchema, type Account } from '../../shared/domain/account';
import { planRowSchema, type PlanRow } from '../../shared/domain/planRow';
import { teamMemberSchema, type TeamMember } from '../../shared/domain/team';
import { resources } from '../../shared/i18n';
import type { PipelineFigures } from '../../shared/methods/planRisk';
import { indexByName, normalizeName, type PlanContext } from '../../renderer/views/plan/planContext';

const T0 = '2026-01-02T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: T0, updatedAt: T0, deletedAt: null });

export const yuan = (n: number) => Math.round(n * 100);

export function account(id: string, name: string, fields: Partial<Account> = {}): Account {
  return accountSchema.parse({ ...base(id), name, ...fields });
}

export function member(id: string, name: string): TeamMember {
  return teamMemberSchema.parse({ ...base(id), name });
}

export function planRow(id: string, accountId: string, fields: Partial<PlanRow> = {}): PlanRow {
  return planRowSchema.parse({ ...base(id), year: 2026, accountId, product: 'CRM', ...fields });
}

export function planContext(accounts: Account[], team: TeamMember[] = [], pipeline = new Map<string, PipelineFigures>(), fields: Partial<PlanContext> = {}): PlanContext {
  return {
    locale: 'zh-CN',
    currency: 'CNY',
    accounts: new Map(accounts.map((a) => [a.id, a])),
    accountsByName: indexByName(accounts),
    team: new Map(team.map((m) => [m.id, m])),
    teamByName: new Map(team.map((m) => [normalizeName(m.name), m])),
    pipeline,
    quadrants: new Map(),
    marginPercent: 30,
    moneyDisplay: 'exact',
    today: '2026-11-22',
    derived: new WeakMap(),
    ...fields,
  };
}

const instance = i18next.createInstance();
void instance.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: resources['zh-CN'] } }, interpolation: { escapeValue: false }, initAsync: false });
export const tZh: TFunction = instance.t;
