import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromClipboardTsv, guardFormula, parseTsv, toClipboardTsv, toCsv, toTsv } from '../../../shared/methods/tsv';

describe('TSV as Excel and WPS copy it', () => {
  it('splits tabs and CRLF rows and ignores the final newline Excel adds', () => {
    expect(parseTsv('华东电网\tCRM 套件\t1,200,000\r\n国网\t数据中台\t80万\r\n')).toEqual([
      ['华东电网', 'CRM 套件', '1,200,000'],
      ['国网', '数据中台', '80万'],
    ]);
  });

  it('keeps tabs, newlines and doubled quotes inside quoted cells', () => {
    expect(parseTsv('"第一行\n第二行"\t"含\t制表符"\t"他说""好"""\n')).toEqual([['第一行\n第二行', '含\t制表符', '他说"好"']]);
  });

  it('treats a quote inside a cell as an ordinary character (Excel writes 5" unquoted)', () => {
    expect(parseTsv('5" 屏幕\tA"B\n')).toEqual([['5" 屏幕', 'A"B']]);
    expect(parseTsv('"未闭合\t下一格')).toEqual([['"未闭合', '下一格']]);
  });

  it('keeps empty cells and empty rows inside the block', () => {
    expect(parseTsv('a\t\tc\n\nd')).toEqual([['a', '', 'c'], [''], ['d']]);
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('单格')).toEqual([['单格']]);
  });

  it('round-trips any block of cells', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '中', '\t', '\n', '"', ' ', '1', ',') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        // A row with one empty cell is written as an empty line, which reads back as one empty cell: same thing.
        expect(parseTsv(toTsv(rows))).toEqual(rows);
      }),
    );
  });

  it('writes CSV with quotes only where needed', () => {
    expect(toCsv([['客户', '金额'], ['甲,乙', '1"2'], ['多\n行', '3']])).toBe('客户,金额\r\n"甲,乙","1""2"\r\n"多\n行",3\r\n');
  });

  it('guards every CSV cell that a spreadsheet would run as a formula — group and total labels too — and leaves numbers alone', () => {
    const attack = "=cmd|' /C calc'!A0";
    // A plan grouped by owner: the group label is the team member's name plus the row count.
    expect(toCsv([[`${attack} (3)`, '1000.00'], ['@SUM(A1)', '-1,170,000.00'], ['\t=1+1', '-5%'], ['+86 138', '+3']])).toBe(
      `'${attack} (3),1000.00\r\n'@SUM(A1),"-1,170,000.00"\r\n'\t=1+1,-5%\r\n'+86 138,+3\r\n`,
    );
    expect(guardFormula("'=already")).toBe("'=already");
  });

  it('guards cells copied to the clipboard and takes the mark off again when they are pasted back', () => {
    const rows = [['=HYPERLINK("http://x","点我")', '-1,170,000.00', '王经理']];
    const copied = toClipboardTsv(rows);
    expect(copied).toBe(`"'=HYPERLINK(""http://x"",""点我"")"\t-1,170,000.00\t王经理\r\n`);
    expect(fromClipboardTsv(copied)).toEqual(rows);
  });

  it('property: whatever text is copied within the plan is pasted back unchanged', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ maxLength: 8 }).filter((c) => c !== '' && !c.startsWith("'")), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), (rows) => {
      expect(fromClipboardTsv(toClipboardTsv(rows))).toEqual(rows);
    }));
  });
});
