/**
 * Conversion between a stored account and the values of the account form. The form shows money in
 * major units (元) and dates as dayjs values; the account stores integer minor units and
 * `YYYY-MM-DD`. Validation itself is shared (validateAccountDraft); this module only converts and
 * maps problem paths to form field names.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { Account } from '../../../shared/domain/account';
import type { AccountDraft } from '../../../shared/domain/accountRules';
import { newId } from '../../../shared/domain/common';
import { fromMinorUnits, toMinorUnits } from '../../../shared/domain/money';
import type { Problem } from '../../../shared/fileFormat/problems';

type Money = number | null;

export interface AccountFormValues {
  name: string;
  parentId: string | null;
  industry: string;
  region: string;
  developmentStage: string | null;
  tier: string;
  purchasePattern: string | null;
  ownerId: string | null;
  lifecycleStage: string | null;
  managementPhase: string | null;
  quadrantOverride: string | null;
  notes: string;
  profile: {
    background: string;
    productCoverage: { compatibleDomains: string; mainDomain: string };
    needs: { interestPoints: string; desiredOutcome: string; reasonsToBuy: string; reasonsNotToBuy: string; urgency: string | null };
    decisionProcessType: string | null;
    decisionCycle: string;
    typicalBudget: Money;
    procurementHabit: string | null;
    competition: string;
    informationSources: string;
  };
  information: { founded: Dayjs | null; headcount: number | null; mainBusiness: string; revenue: Money; procurementBudget: Money; pastSuppliers: string };
  barriers: { id: string; type: string; description: string; status: string; breakthroughPlan: string; strategy: string }[];
  interest: { business: string; personalRecognition: string; strategic: string };
  purchaseDrivers: { id: string; name: string; quantity: number | null; unit: string; purchasePerUnit: Money; decisionMakers: string }[];
  transactions: { cumulativeSales: Money; profit: Money; averageDeal: Money; collectionPeriodDays: number | null; arrears: Money };
  purchases: { id: string; date: Dayjs | null; amount: Money }[];
}

const EMPTY_ACCOUNT: Omit<Account, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> = {
  name: '',
  parentId: null,
  industry: '',
  region: '',
  developmentStage: null,
  tier: 'REGULAR',
  purchasePattern: null,
  ownerId: null,
  lifecycleStage: null,
  managementPhase: null,
  notes: '',
  profile: {
    background: '',
    productCoverage: { compatibleDomains: '', mainDomain: '' },
    needs: { interestPoints: '', desiredOutcome: '', reasonsToBuy: '', reasonsNotToBuy: '', urgency: null },
    decisionProcessType: null,
    decisionCycle: '',
    typicalBudget: null,
    procurementHabit: null,
    competition: '',
    informationSources: '',
  },
  information: { founded: null, headcount: null, mainBusiness: '', revenue: null, procurementBudget: null, pastSuppliers: '' },
  barriers: [],
  interest: { business: '', personalRecognition: '', strategic: '' },
  purchaseDrivers: [],
  transactions: { cumulativeSales: null, profit: null, averageDeal: null, collectionPeriodDays: null, arrears: null },
  purchases: [],
  quadrantOverride: null,
};

const toDay = (value: string | null): Dayjs | null => (value ? dayjs(value) : null);
const fromDay = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);

export function toFormValues(account: Account | null, currency: string): AccountFormValues {
  const a = account ?? { ...EMPTY_ACCOUNT };
  const major = (minor: number | null): Money => (minor === null ? null : fromMinorUnits(minor, currency));
  return {
    ...a,
    profile: { ...a.profile, typicalBudget: major(a.profile.typicalBudget) },
    information: {
      ...a.information,
      founded: toDay(a.information.founded),
      revenue: major(a.information.revenue),
      procurementBudget: major(a.information.procurementBudget),
    },
    barriers: a.barriers.map((b) => ({ ...b })),
    purchaseDrivers: a.purchaseDrivers.map((d) => ({ ...d, purchasePerUnit: major(d.purchasePerUnit) })),
    transactions: {
      ...a.transactions,
      cumulativeSales: major(a.transactions.cumulativeSales),
      profit: major(a.transactions.profit),
      averageDeal: major(a.transactions.averageDeal),
      arrears: major(a.transactions.arrears),
    },
    purchases: a.purchases.map((p) => ({ id: p.id, date: toDay(p.date), amount: major(p.amount) })),
  };
}

/**
 * Builds the draft the repository validates. Amounts with more decimals than the currency allows
 * are reported as problems at their field rather than rounded.
 */
export function toDraft(values: AccountFormValues, currency: string): { draft: AccountDraft; problems: Problem[] } {
  const problems: Problem[] = [];
  const minor = (value: Money | undefined, path: string): number | null => {
    if (value === null || value === undefined) return null;
    const converted = toMinorUnits(value, currency);
    if (converted === null) problems.push({ path, code: 'not_integer', params: {} });
    return converted;
  };
  const text = (value: string | undefined | null) => value ?? '';
  const draft = {
    name: text(values.name),
    parentId: values.parentId ?? null,
    industry: text(values.industry),
    region: text(values.region),
    developmentStage: values.developmentStage ?? null,
    tier: values.tier,
    purchasePattern: values.purchasePattern ?? null,
    ownerId: values.ownerId ?? null,
    lifecycleStage: values.lifecycleStage ?? null,
    managementPhase: values.managementPhase ?? null,
    quadrantOverride: values.quadrantOverride ?? null,
    notes: text(values.notes),
    profile: { ...values.profile, typicalBudget: minor(values.profile.typicalBudget, 'profile.typicalBudget') },
    information: {
      ...values.information,
      founded: fromDay(values.information.founded),
      revenue: minor(values.information.revenue, 'information.revenue'),
      procurementBudget: minor(values.information.procurementBudget, 'information.procurementBudget'),
    },
    barriers: (values.barriers ?? []).map((b) => ({ ...b, id: b.id || newId() })),
    interest: values.interest,
    purchaseDrivers: (values.purchaseDrivers ?? []).map((d, i) => ({
      ...d,
      id: d.id || newId(),
      quantity: d.quantity ?? 0,
      purchasePerUnit: minor(d.purchasePerUnit, `purchaseDrivers[${i}].purchasePerUnit`) ?? 0,
    })),
    transactions: {
      ...values.transactions,
      cumulativeSales: minor(values.transactions.cumulativeSales, 'transactions.cumulativeSales'),
      profit: minor(values.transactions.profit, 'transactions.profit'),
      averageDeal: minor(values.transactions.averageDeal, 'transactions.averageDeal'),
      arrears: minor(values.transactions.arrears, 'transactions.arrears'),
    },
    purchases: (values.purchases ?? []).map((p, i) => ({
      id: p.id || newId(),
      date: fromDay(p.date),
      amount: minor(p.amount, `purchases[${i}].amount`),
    })),
  };
  // Nulls left in required places (a purchase without date) are reported by the schema with a path.
  return { draft: draft as unknown as AccountDraft, problems };
}

/** `purchases[2].date` → ['purchases', 2, 'date'] (antd's NamePath). */
export function fieldNameOf(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const MONEY_FIELDS = new Set(['typicalBudget', 'revenue', 'procurementBudget', 'cumulativeSales', 'profit', 'averageDeal', 'arrears']);

/** A stored account value as the form shows it, for the conflict question (null: plain text will do). */
export function accountValueText(path: readonly string[], value: unknown, currency: string, accounts: readonly Pick<Account, 'id' | 'name'>[], team: readonly { id: string; name: string }[]): string | null {
  const last = path[path.length - 1] ?? '';
  if (typeof value === 'number' && MONEY_FIELDS.has(last)) return String(fromMinorUnits(value, currency));
  if (typeof value === 'string' && last === 'parentId') return accounts.find((a) => a.id === value)?.name ?? null;
  if (typeof value === 'string' && last === 'ownerId') return team.find((m) => m.id === value)?.name ?? null;
  return null;
}
