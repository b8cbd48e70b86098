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

/** CSV for Excel: comma-separated, quoted where needed, CRLF rows. Callers add the UTF-8 BOM. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
}

/** A text cell that Excel would run as a formula (= + - @ first) is written with a leading apostrophe. */
export function guardFormula(cell: string): string {
  return /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
}
