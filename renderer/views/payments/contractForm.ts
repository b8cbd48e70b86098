/**
 * The contract form's values and the record draft they become: amounts typed in major units, shares
 * in percent (two decimals = one basis point), installment amounts always computed from the shares so
 * they add up to the contract amount exactly.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { newId } from '../../../shared/domain/common';
import type { InstallmentStage } from '../../../shared/domain/codes';
import type { Contract } from '../../../shared/domain/contract';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { ContractDraft } from '../../../shared/domain/contractRules';
import { fromMinorUnits, toMinorUnits } from '../../../shared/domain/money';
import { DEFAULT_STAGE_SHARES, splitAmount } from '../../../shared/methods/collection';

export interface InstallmentValues {
  id: string;
  stage: InstallmentStage | null;
  label: string;
  sharePercent: number | null;
  dueDate: Dayjs | null;
  received: number | null;
  receivedDate: Dayjs | null;
  overpayment: boolean;
}

export interface ContractValues {
  accountId: string | null;
  opportunityId: string | null;
  title: string;
  amount: number | null;
  signedDate: Dayjs | null;
  installments: InstallmentValues[];
  checklist: Contract['checklist'];
  acceptanceSignerId: string | null;
  paymentSignerId: string | null;
  notes: string;
}

export const defaultInstallments = (): InstallmentValues[] =>
  DEFAULT_STAGE_SHARES.map(({ stage, share }) => ({ id: newId(), stage, label: '', sharePercent: share / 100, dueDate: null, received: null, receivedDate: null, overpayment: false }));

const day = (d: string | null) => (d === null ? null : dayjs(d));
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Form values of a contract; a new one starts empty, or from the won opportunity it closes (account, name, amount). */
export function valuesOf(contract: Contract | null, currency: string, accountId: string | null, won: Opportunity | null = null): ContractValues {
  if (!contract) {
    return {
      accountId: won?.accountId ?? accountId,
      opportunityId: won?.id ?? null,
      title: won?.name ?? '',
      amount: won ? fromMinorUnits(won.amount, currency) : null,
      signedDate: dayjs(),
      installments: defaultInstallments(),
      checklist: { relationshipKept: false, contractFulfilled: false, deliveryNote: false, acceptanceCertificate: false, invoice: false },
      acceptanceSignerId: null,
      paymentSignerId: null,
      notes: '',
    };
  }
  return {
    accountId: contract.accountId,
    opportunityId: contract.opportunityId,
    title: contract.title,
    amount: fromMinorUnits(contract.amount, currency),
    signedDate: day(contract.signedDate),
    installments: contract.installments.map((i) => ({
      id: i.id,
      stage: i.stage,
      label: i.label,
      sharePercent: i.shareBasisPoints / 100,
      dueDate: day(i.dueDate),
      received: i.received === 0 ? null : fromMinorUnits(i.received, currency),
      receivedDate: day(i.receivedDate),
      overpayment: i.overpayment,
    })),
    checklist: contract.checklist,
    acceptanceSignerId: contract.acceptanceSignerId,
    paymentSignerId: contract.paymentSignerId,
    notes: contract.notes,
  };
}

export const basisPoints = (percent: number | null | undefined): number => Math.round((percent ?? 0) * 100);

/** Installment amounts (minor units) for the typed amount and shares; zeros while the amount is not valid. */
export function installmentAmounts(values: Pick<ContractValues, 'amount' | 'installments'>, currency: string): number[] {
  const amount = values.amount === null ? null : toMinorUnits(values.amount, currency);
  const shares = (values.installments ?? []).map((i) => basisPoints(i?.sharePercent));
  return amount === null || amount < 0 ? shares.map(() => 0) : splitAmount(amount, shares);
}

export function draftOf(values: ContractValues, currency: string): ContractDraft {
  const amounts = installmentAmounts(values, currency);
  return {
    accountId: values.accountId ?? '',
    opportunityId: values.opportunityId ?? null,
    title: values.title ?? '',
    amount: values.amount === null ? 0 : (toMinorUnits(values.amount, currency) ?? -1),
    signedDate: iso(values.signedDate),
    installments: values.installments.map((i, index) => ({
      id: i.id,
      stage: i.stage ?? null,
      label: i.label ?? '',
      shareBasisPoints: basisPoints(i.sharePercent),
      amount: amounts[index] ?? 0,
      dueDate: iso(i.dueDate),
      received: i.received === null || i.received === undefined ? 0 : (toMinorUnits(i.received, currency) ?? -1),
      receivedDate: iso(i.receivedDate),
      overpayment: i.overpayment ?? false,
    })),
    checklist: values.checklist,
    acceptanceSignerId: values.acceptanceSignerId ?? null,
    paymentSignerId: values.paymentSignerId ?? null,
    notes: values.notes ?? '',
  };
}

/** "installments[2].received" → ['installments', 2, 'received'] for antd's setFields. */
export function fieldName(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
