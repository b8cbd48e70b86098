/**
 * Tab-separated text as Excel and WPS put it on the clipboard: cells separated by tabs, rows by
 * newlines (CRLF or LF), and a cell that holds a tab, a newline or a quote wrapped in double quotes
 * with inner quotes doubled. Excel adds a final newline after the last row; that is not an extra row.
 */

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  // A quote only opens a quoted cell at the very start of the cell (Excel writes 5" as 5").
  let cellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (cellStart && ch === '"') {
      const end = closingQuote(text, i + 1);
      if (end !== -1) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        cellStart = false;
        continue;
      }
    }
    cellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      cellStart = true;
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += text.charAt(i);
      i += 1;
    }
  }
  // Text that does not end with a newline still has its last row.
  if (!cellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * The index of the quote closing a quoted cell that starts at `from`, or -1 when the text has no
 * closing quote followed by a separator (then the quote is an ordinary character).
 */
function closingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      const next = text[i + 1];
      return next === undefined || next === '\t' || next === '\r' || next === '\n' ? i : -1;
    }
    i += 1;
  }
  return -1;
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The inverse of parseTsv, as Excel writes it (rows end with CRLF). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join('\t')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

/**
 * Spreadsheets run a text cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula: `=cmd|' /C calc'!A0` typed as a team member's name would run when the file is opened. Such
 * a cell is written with a leading apostrophe, Excel's and WPS's own mark for "this is text". Numbers
 * written as text (-1,170,000.00, -5%, +3) are not formulas and stay as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_TEXT = /^[+-]?(\d[\d,]*)(\.\d+)?%?$/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER_TEXT.test(cell) ? `'${cell}` : cell;
}

/** The inverse of guardFormula for cells pasted back in (Excel's leading apostrophe is not content). */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** CSV for Excel: comma-separated, quoted where needed, CRLF rows, every cell guarded. Callers add the UTF-8 BOM. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((raw) => guardFormula(raw)).map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
}

/** Cells for the clipboard, on their way to Excel or WPS: guarded like CSV. */
export function toClipboardTsv(rows: readonly (readonly string[])[]): string {
  return toTsv(rows.map((row) => row.map(guardFormula)));
}

/** Cells from the clipboard: Excel's text marks taken off again. */
export function fromClipboardTsv(text: string): string[][] {
  return parseTsv(text).map((row) => row.map(unguardFormula));
}
