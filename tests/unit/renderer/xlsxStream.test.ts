import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnLetters, createXlsxWriter, xmlText } from '../../../renderer/report/xlsx/xlsxStream';

async function readBack(blob: Blob) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await blob.arrayBuffer());
  return book;
}

describe('streaming xlsx writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes markup and drops the control characters XML cannot carry', () => {
    expect(xmlText('A&B <c> "d"\u0001\u000b\ttab')).toBe('A&amp;B &lt;c&gt; &quot;d&quot;\ttab');
  });

  it('writes text, numbers, blanks and formats that exceljs reads back, with a safe sheet name', async () => {
    const writer = createXlsxWriter({ moneyFormat: '#,##0.00', creator: 'Keyplan' });
    const sheet = writer.sheet('客户/合同:2026*?', [
      { header: '客户', width: 20, format: 'text' },
      { header: '金额', width: 14, format: 'money' },
      { header: '覆盖率', width: 8, format: 'percent' },
    ]);
    sheet.row(['陕西移动 <西安> & Co.', 1234.5, 0.42]);
    sheet.row(['  leading spaces kept', null, Number.NaN]);
    sheet.row(['合计', 1234.5, 0.42], { bold: true });
    sheet.end();
    writer.sheet('空表', [{ header: '只有表头', width: 10, format: 'text' }]).end();
    const blob = writer.finish();
    const book = await readBack(blob);
    expect(book.worksheets.map((s) => s.name)).toEqual(['客户 合同 2026  ', '空表']);
    const ws = book.worksheets[0]!;
    expect(ws.getRow(2).getCell(1).value).toBe('陕西移动 <西安> & Co.');
    expect(ws.getRow(2).getCell(2).value).toBe(1234.5);
    expect(ws.getRow(2).getCell(2).numFmt).toBe('#,##0.00');
    expect(ws.getRow(3).getCell(1).value).toBe('  leading spaces kept');
    expect(ws.getRow(3).getCell(2).value).toBeNull();
    expect(ws.getRow(3).getCell(3).value).toBeNull();
    expect(ws.getRow(4).getCell(2).font?.bold).toBe(true);
    expect(ws.getRow(4).getCell(3).numFmt).toBe('0%');
    expect(ws.getRow(1).getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:C4');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(book.creator).toBe('Keyplan');
    expect(book.worksheets[1]!.rowCount).toBe(1);
  });

  it('deflates each sheet as it goes: 50,000 rows come out whole and small', async () => {
    const writer = createXlsxWriter({ moneyFormat: '#,##0', creator: 'Keyplan' });
    const sheet = writer.sheet('计划', [
      { header: '客户', width: 20, format: 'text' },
      { header: '目标', width: 14, format: 'money' },
    ]);
    for (let r = 0; r < 50_000; r += 1) sheet.row([`客户 ${r}`, r * 10]);
    sheet.end();
    const blob = writer.finish();
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml.match(/<row /g)).toHaveLength(50_001);
    expect(xml).toContain('<c r="A50001" t="inlineStr"><is><t>客户 49999</t></is></c><c r="B50001" s="2"><v>499990</v></c>');
    expect(blob.size).toBeLessThan(xml.length / 5);
  });

  it('refuses a second sheet while one is open, and finishing with one open', () => {
    const writer = createXlsxWriter({ moneyFormat: '#,##0', creator: 'Keyplan' });
    writer.sheet('a', [{ header: 'x', width: 5, format: 'text' }]);
    expect(() => writer.sheet('b', [])).toThrow(/still open/);
    expect(() => writer.finish()).toThrow(/still open/);
  });
});
