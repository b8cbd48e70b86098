/**
 * Whitespace analysis (白区分析): the customer's business units or subsidiaries (rows) × our product lines
 * (columns). Each cell says whether the line is installed there, in pipeline, open or not relevant, and
 * what it could be worth a year. The grid's potential — the sum over the cells that are relevant — is
 * the account's purchase potential when no purchase driver says otherwise (accountPotential.ts).
 */
import type { WhitespaceStatus } from '../domain/codes';
import { nameKey } from '../domain/fieldRules';
import type { WhitespaceCell } from '../domain/renewal';

type GridCell = Pick<WhitespaceCell, 'businessUnit' | 'productLine' | 'status' | 'potential'>;

export interface WhitespaceGrid<C extends GridCell> {
  /** Business units: the subsidiaries first (in the order given), then the cells' own units as first met. */
  units: string[];
  /** Product lines: the workspace's list first, then lines only some cells name. */
  lines: string[];
  cellAt: (unit: string, line: string) => C | undefined;
}

function distinct(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name.trim());
  }
  return out;
}

export function whitespaceGrid<C extends GridCell>(cells: readonly C[], productLines: readonly string[], subsidiaries: readonly string[] = []): WhitespaceGrid<C> {
  const byPlace = new Map<string, C>();
  for (const cell of cells) byPlace.set(`${nameKey(cell.businessUnit)}\u0000${nameKey(cell.productLine)}`, cell);
  return {
    units: distinct([...subsidiaries, ...cells.map((c) => c.businessUnit)]),
    lines: distinct([...productLines, ...cells.map((c) => c.productLine)]),
    cellAt: (unit, line) => byPlace.get(`${nameKey(unit)}\u0000${nameKey(line)}`),
  };
}

export interface WhitespaceTotals {
  cells: Record<WhitespaceStatus, number>;
  /** Estimated potential per status; cells without an estimate add nothing. */
  potential: Record<WhitespaceStatus, number>;
  /** Installed + pipeline + open: what the customer could buy of our lines a year. */
  relevantPotential: number;
  /** How many relevant cells carry an estimate. */
  estimated: number;
}

export function whitespaceTotals(cells: readonly GridCell[]): WhitespaceTotals {
  const counts: Record<WhitespaceStatus, number> = { INSTALLED: 0, PIPELINE: 0, OPEN: 0, NOT_RELEVANT: 0 };
  const potential: Record<WhitespaceStatus, number> = { INSTALLED: 0, PIPELINE: 0, OPEN: 0, NOT_RELEVANT: 0 };
  let estimated = 0;
  for (const cell of cells) {
    counts[cell.status] += 1;
    if (cell.potential === null) continue;
    potential[cell.status] += cell.potential;
    if (cell.status !== 'NOT_RELEVANT') estimated += 1;
  }
  return { cells: counts, potential, relevantPotential: potential.INSTALLED + potential.PIPELINE + potential.OPEN, estimated };
}

/** The account's whitespace potential, or null when no relevant cell carries an estimate. */
export function whitespacePotential(cells: readonly GridCell[]): number | null {
  const totals = whitespaceTotals(cells);
  return totals.estimated > 0 ? totals.relevantPotential : null;
}
