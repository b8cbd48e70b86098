/** The payments views' rows: every installment across contracts, and collection per account. */
import type { Account } from '../domain/account';
import type { InstallmentStage } from '../domain/codes';
import type { Contract } from '../domain/contract';
import { byUrgency, collectionState, daysOverdue, outstandingOf, summarizeCollection, type CollectionState, type CollectionSummary } from './collection';

export interface InstallmentLine {
  key: string;
  contract: Contract;
  accountName: string;
  stage: InstallmentStage | null;
  label: string;
  index: number;
  dueDate: string | null;
  amount: number;
  received: number;
  outstanding: number;
  state: CollectionState;
  daysOverdue: number;
}

/** Every installment (or only those in state `only`), most urgent first. */
export function installmentLines(contracts: readonly Contract[], accounts: ReadonlyMap<string, Account>, today: string, only?: CollectionState): InstallmentLine[] {
  const lines: InstallmentLine[] = [];
  for (const contract of contracts) {
    const accountName = accounts.get(contract.accountId)?.name ?? '';
    contract.installments.forEach((i, index) => {
      const state = collectionState(i, today);
      if (only !== undefined && state !== only) return;
      lines.push({
        key: `${contract.id}:${i.id}`,
        contract,
        accountName,
        stage: i.stage,
        label: i.label,
        index,
        dueDate: i.dueDate,
        amount: i.amount,
        received: i.received,
        outstanding: outstandingOf(i),
        state,
        daysOverdue: daysOverdue(i, today),
      });
    });
  }
  return lines.sort(byUrgency(today));
}

export interface AccountCollection {
  account: Account;
  contracts: Contract[];
  summary: CollectionSummary;
}

export function collectionByAccount(contracts: readonly Contract[], accounts: ReadonlyMap<string, Account>, today: string): AccountCollection[] {
  const byAccount = new Map<string, Contract[]>();
  for (const c of contracts) {
    const list = byAccount.get(c.accountId);
    if (list) list.push(c);
    else byAccount.set(c.accountId, [c]);
  }
  const result: AccountCollection[] = [];
  for (const [accountId, list] of byAccount) {
    const account = accounts.get(accountId);
    if (account) result.push({ account, contracts: list, summary: summarizeCollection(list, today) });
  }
  return result.sort((a, b) => b.summary.overdue - a.summary.overdue || b.summary.outstandingDue - a.summary.outstandingDue);
}

export const checklistDone = (c: Contract): number => Object.values(c.checklist).filter(Boolean).length;
