/**
 * The rules of the whitespace grid (白区分析) shared by its editor and restore(): a cell is one business
 * unit × one product line of one account, so two live cells of an account may not share both names
 * (compared as people read them: "CRM 套件" = "crm套件").
 */
import type { z } from 'zod';
import { problemFromZodIssue, type Problem } from '../fileFormat/problems';
import { nameKey } from './fieldRules';
import { whitespaceCellSchema, type WhitespaceCell } from './renewal';

export const whitespaceCellDraftSchema = whitespaceCellSchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });
export type WhitespaceCellDraft = z.input<typeof whitespaceCellDraftSchema>;
export type WhitespaceCellFields = z.output<typeof whitespaceCellDraftSchema>;

type CellPlace = Pick<WhitespaceCell, 'accountId' | 'businessUnit' | 'productLine'>;

export function whitespaceCellKey(cell: CellPlace): string {
  return `${cell.accountId}\u0000${nameKey(cell.businessUnit)}\u0000${nameKey(cell.productLine)}`;
}

/**
 * Live cells that repeat an earlier cell's place: each with its index and the index of the first one.
 * Tombstoned cells are history and take no place.
 */
export function repeatedWhitespaceCells(cells: readonly (CellPlace & { deletedAt: string | null })[]): { index: number; first: number }[] {
  const firstAt = new Map<string, number>();
  const repeated: { index: number; first: number }[] = [];
  cells.forEach((cell, index) => {
    if (cell.deletedAt !== null) return;
    const key = whitespaceCellKey(cell);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, index);
    else repeated.push({ index, first });
  });
  return repeated;
}

/**
 * Checks a cell as the editor saves it against the account's other live cells (`others` may include the
 * cell itself under `id`, which is skipped). Problems point at the cell's own fields.
 */
export function whitespaceCellProblems(draft: unknown, id: string | null, others: readonly WhitespaceCell[]): { ok: true; value: WhitespaceCellFields } | { ok: false; problems: Problem[] } {
  const parsed = whitespaceCellDraftSchema.safeParse(draft);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, draft)) };
  }
  const key = whitespaceCellKey(parsed.data);
  const clash = others.find((c) => c.id !== id && c.deletedAt === null && whitespaceCellKey(c) === key);
  if (clash) return { ok: false, problems: [{ path: 'productLine', code: 'duplicate_cell', params: { other: `${clash.businessUnit} × ${clash.productLine}` } }] };
  return { ok: true, value: parsed.data };
}
