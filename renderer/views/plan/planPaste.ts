/**
 * A paste into the plan, as Excel does it: the block fills the cells from the active one, and lines
 * below the last row become new rows when they start in the account column (an account the plan
 * knows, by name). A line that cannot become a row is listed by its line number, never guessed.
 */
import type { PlanRow } from '../../../shared/domain/planRow';
import { newPlanRow } from '../../data/repositories/planRepository';
import type { PlanColumn } from './planColumns';
import type { PlanContext } from './planContext';
import { applyCells, pasteCells, type Block, type CellProblem, type EditResult, type RowLookup } from './planEdits';

export interface PasteTarget {
  /** The rows and columns under the pasted block (the block may reach below the last row). */
  block: Block;
  /** The sheet's columns in order, and the column the paste starts in. */
  columns: readonly PlanColumn[];
  startColumn: number;
  year: number;
}

export function pasteIntoPlan(values: string[][], target: PasteTarget, store: RowLookup, ctx: PlanContext): EditResult {
  const { block, columns, startColumn, year } = target;
  const { cells, lines, overflow } = pasteCells(values, block, columns, startColumn);
  const created = new Map<string, PlanRow>();
  const overflowProblems: CellProblem[] = [];
  overflow.forEach((line, i) => {
    const lineNumber = values.length - overflow.length + i + 1;
    const accountColumn = columns[startColumn];
    if (accountColumn?.id !== 'account') {
      overflowProblems.push({ rowId: null, line: lineNumber, column: accountColumn?.id ?? 'account', input: line[0] ?? '', error: { code: 'required' } });
      return;
    }
    const parsed = accountColumn.parse?.(line[0] ?? '', ctx);
    if (!parsed?.ok) {
      overflowProblems.push({ rowId: null, line: lineNumber, column: 'account', input: line[0] ?? '', error: parsed && !parsed.ok ? parsed.error : { code: 'required' } });
      return;
    }
    const row = parsed.apply(newPlanRow(year, '', '', null));
    created.set(row.id, { ...row, ownerId: ctx.accounts.get(row.accountId)?.ownerId ?? null });
    line.slice(1).forEach((input, c) => {
      const column = columns[startColumn + 1 + c];
      if (!column) return;
      const cell = { rowId: row.id, column, input };
      cells.push(cell);
      lines.set(cell, lineNumber);
    });
  });
  const lookup = { get: (id: string) => created.get(id) ?? store.get(id) };
  const result = applyCells(cells, lookup, ctx, lines);
  for (const row of created.values()) if (!result.after.some((r) => r.id === row.id)) result.after.push(row);
  result.problems.unshift(...overflowProblems);
  return result;
}
