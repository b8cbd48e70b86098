/**
 * Turning what a person typed, pasted, cleared or filled into complete row records, cell by cell. A
 * bad cell is reported (row, column, what was typed, why) and skipped; the good cells of the same
 * block are kept. Nothing here writes: the sheet commits the result as one undoable step.
 */
import type { PlanRow } from '../../../shared/domain/planRow';
import { floorProblem } from '../../../shared/domain/planRowRules';
import type { CellError, PlanColumn, PlanColumnId } from './planColumns';
import type { PlanContext } from './planContext';

export interface CellInput {
  /** The row to change; a row not yet stored (a paste below the last row) is created by the caller. */
  rowId: string;
  column: PlanColumn;
  input: string;
}

export interface CellProblem {
  rowId: string | null;
  /** 1-based line of the pasted block, when the problem comes from a paste. */
  line?: number;
  column: PlanColumnId;
  input: string;
  error: CellError;
}

export interface EditResult {
  /** Rows as they were before (only those that changed). */
  before: PlanRow[];
  after: PlanRow[];
  problems: CellProblem[];
}

/** Applies cells in order; each must parse and leave its row valid (floor ≤ target), else it is skipped. */
/** Looks a row up by id (the store, or the store plus rows a paste is about to create). */
export interface RowLookup {
  get(id: string): PlanRow | undefined;
}

export function applyCells(cells: readonly CellInput[], rows: RowLookup, ctx: PlanContext, lines?: ReadonlyMap<CellInput, number>): EditResult {
  const drafts = new Map<string, PlanRow>();
  const problems: CellProblem[] = [];
  for (const cell of cells) {
    const current = drafts.get(cell.rowId) ?? rows.get(cell.rowId);
    if (!current) continue;
    const line = lines?.get(cell);
    const report = (error: CellError) => problems.push({ rowId: cell.rowId, column: cell.column.id, input: cell.input, error, ...(line === undefined ? {} : { line }) });
    if (!cell.column.parse) {
      report({ code: 'readOnly' });
      continue;
    }
    const edit = cell.column.parse(cell.input, ctx);
    if (!edit.ok) {
      report(edit.error);
      continue;
    }
    const next = edit.apply(current);
    if (floorProblem(next)) {
      report({ code: 'floorAboveTarget' });
      continue;
    }
    drafts.set(cell.rowId, next);
  }
  const before: PlanRow[] = [];
  const after: PlanRow[] = [];
  for (const [id, draft] of drafts) {
    const original = rows.get(id);
    if (!original || !sameFields(original, draft)) {
      if (original) before.push(original);
      after.push(draft);
    }
  }
  return { before, after, problems };
}

function sameFields(a: PlanRow, b: PlanRow): boolean {
  return (
    a.accountId === b.accountId &&
    a.product === b.product &&
    a.potential === b.potential &&
    a.target === b.target &&
    a.floorTarget === b.floorTarget &&
    a.quarters.every((q, i) => q === b.quarters[i]) &&
    a.relationshipStage === b.relationshipStage &&
    a.ownerId === b.ownerId &&
    a.team === b.team &&
    a.funnelStage === b.funnelStage &&
    a.strategy === b.strategy
  );
}

export interface Block {
  /** Row ids top to bottom (data rows only; group headers are not part of a block). */
  rowIds: readonly string[];
  columns: readonly PlanColumn[];
}

/**
 * The cells of a paste: the clipboard block laid from the top-left of the selection. A single value
 * pasted over a larger selection fills it (as Excel does). Block lines beyond the last row are
 * returned as `overflow` so the caller can create rows for them.
 */
export function pasteCells(values: readonly (readonly string[])[], target: Block, allColumns: readonly PlanColumn[], startColumn: number): { cells: CellInput[]; lines: Map<CellInput, number>; overflow: (readonly string[])[] } {
  const cells: CellInput[] = [];
  const lines = new Map<CellInput, number>();
  const single = values.length === 1 && values[0]?.length === 1;
  if (single) {
    const input = values[0]?.[0] ?? '';
    for (const rowId of target.rowIds) {
      for (const column of target.columns) {
        const cell = { rowId, column, input };
        cells.push(cell);
        lines.set(cell, 1);
      }
    }
    return { cells, lines, overflow: [] };
  }
  values.forEach((line, r) => {
    const rowId = target.rowIds[r];
    if (rowId === undefined) return;
    line.forEach((input, c) => {
      const column = allColumns[startColumn + c];
      if (!column) return;
      const cell = { rowId, column, input };
      cells.push(cell);
      lines.set(cell, r + 1);
    });
  });
  return { cells, lines, overflow: values.slice(target.rowIds.length) };
}

/** Delete: every editable cell of the selection emptied (the account, which a row needs, is kept). */
export function clearCells(target: Block): CellInput[] {
  const cells: CellInput[] = [];
  for (const rowId of target.rowIds) for (const column of target.columns) if (column.parse && column.id !== 'account') cells.push({ rowId, column, input: '' });
  return cells;
}

/** Ctrl+D: the top row's value of each selected column copied into the rows below it. */
export function fillDownCells(target: Block, rows: RowLookup, textOf: (column: PlanColumn, row: PlanRow) => string): CellInput[] {
  const [top, ...rest] = target.rowIds;
  const topRow = top === undefined ? undefined : rows.get(top);
  if (!topRow) return [];
  const cells: CellInput[] = [];
  for (const column of target.columns) {
    if (!column.parse) continue;
    const input = textOf(column, topRow);
    for (const rowId of rest) cells.push({ rowId, column, input });
  }
  return cells;
}

/** Target changes among the edited rows that are revisions (a set target changed). */
export function revisedRows(result: Pick<EditResult, 'before' | 'after'>): { before: PlanRow; after: PlanRow }[] {
  const byId = new Map(result.before.map((r) => [r.id, r]));
  const out: { before: PlanRow; after: PlanRow }[] = [];
  for (const after of result.after) {
    const before = byId.get(after.id);
    if (before && before.target > 0 && before.target !== after.target) out.push({ before, after });
  }
  return out;
}
