/** Writes the bare workbook the page asks for (see bareWorkbook.ts): the same sheets' row and column counts as the app's. */
import ExcelJS from 'exceljs';

self.onmessage = async (event: MessageEvent<{ sheets: { rows: number; columns: number }[] }>) => {
  const started = performance.now();
  const book = new ExcelJS.Workbook();
  event.data.sheets.forEach(({ rows, columns }, s) => {
    const sheet = book.addWorksheet(`sheet${s}`);
    sheet.columns = Array.from({ length: columns }, (_, c) => ({ key: `c${c}`, width: 14, style: c > 1 ? { numFmt: '#,##0.00' } : {} }));
    sheet.addRow(Array.from({ length: columns }, (_, c) => `column ${c}`));
    for (let r = 0; r < rows; r += 1) sheet.addRow(Array.from({ length: columns }, (_, c) => (c < 2 ? `account ${r} / ${c}` : r * 100 + c)));
  });
  const buffer = await book.xlsx.writeBuffer();
  self.postMessage({ ms: performance.now() - started, bytes: buffer.byteLength });
};
