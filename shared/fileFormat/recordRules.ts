/**
 * The editors' own rules, run over every live record of a workspace file (restore() calls this after
 * the schema and the references): the same functions the editors and repositories use, so a file can
 * never hold what the UI forbids — an over-paid installment without its flag, money received before
 * signing or in the future, a done activity in the future, a won deal without its reason, the same
 * influence drawn twice, two whitespace cells in one place, two items with one id inside a record. Tombstoned records are left alone:
 * they only carry history for merging.
 */
import { accountRuleProblems } from '../domain/accountRules';
import { activityRuleProblems } from '../domain/activityRules';
import { contractRuleProblems } from '../domain/contractRules';
import { repeatedItemIds } from '../domain/itemIds';
import { opportunityRuleProblems } from '../domain/opportunityRules';
import { repeatedWhitespaceCells } from '../domain/whitespaceRules';
import type { TableName, WorkspaceTables } from '../domain/workspace';
import type { Problem } from './problems';

type RecordRule<T extends TableName> = (record: WorkspaceTables[T][number], today: string) => Problem[];

const RULES: { [T in TableName]?: RecordRule<T> } = {
  accounts: (a, today) => accountRuleProblems(a, today),
  activities: (a, today) => activityRuleProblems(a, today),
  contracts: (c, today) => contractRuleProblems(c, today),
  opportunities: (o) => opportunityRuleProblems(o),
  planRows: (r) => repeatedItemIds(r),
  renewals: (r) => repeatedItemIds(r),
};

export function checkRecordRules(data: WorkspaceTables, today: string, report: (problem: Problem) => void): void {
  const at = (table: TableName, index: number, problem: Problem): Problem => ({ ...problem, path: `data.${table}[${index}].${problem.path}` });
  for (const table of Object.keys(RULES) as TableName[]) {
    const rule = RULES[table] as RecordRule<TableName>;
    data[table].forEach((record, index) => {
      if (record.deletedAt !== null) return;
      for (const problem of rule(record, today)) report(at(table, index, problem));
    });
  }
  // The chain editor refuses drawing the same influence twice (same people, same kind).
  const drawn = new Map<string, number>();
  data.influenceLinks.forEach((link, index) => {
    if (link.deletedAt !== null) return;
    const key = `${link.fromId}\u0000${link.toId}\u0000${link.kind}`;
    const first = drawn.get(key);
    if (first === undefined) drawn.set(key, index);
    else report({ path: `data.influenceLinks[${index}].toId`, code: 'duplicate_link', params: { other: `data.influenceLinks[${first}]` } });
  });
  // The whitespace grid has one cell per business unit × product line of an account.
  for (const { index, first } of repeatedWhitespaceCells(data.whitespaceCells)) {
    const cell = data.whitespaceCells[first];
    report({ path: `data.whitespaceCells[${index}].productLine`, code: 'duplicate_cell', params: { other: cell ? `${cell.businessUnit} × ${cell.productLine}` : `data.whitespaceCells[${first}]` } });
  }
}
