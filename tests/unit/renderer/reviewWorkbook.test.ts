import ExcelJS from 'exceljs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18NEXT_RESOURCES } from '../../../shared/i18n';
import { buildReviewModel } from '../../../shared/report/reviewModel';
import type { Redaction } from '../../../shared/report/redaction';
import { reviewWorkbook } from '../../../renderer/report/reviewWorkbook';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

async function workbookFor(redaction: Redaction) {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: I18NEXT_RESOURCES, lng: 'zh-CN', interpolation: { escapeValue: false } });
  const data = buildSampleWorkspace({ accounts: 3, stakeholders: 5, opportunities: 2, activities: 2, planRows: 1 });
  data.stakeholders[0]!.contacts = { phone: '029-88886666', mobile: '13900001111', email: 'wang@example.cn', wechat: 'wjg', address: '西安市' };
  const model = buildReviewModel({ tables: data, settings: data.settings, scope: { kind: 'all' }, year: 2026, redaction, today: '2026-11-30', coachAlias: (letter) => i18n.t('review.coachAlias', { letter }) });
  const blob = reviewWorkbook(model, i18n.t);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await blob.arrayBuffer());
  return { book, model };
}

const texts = (book: ExcelJS.Workbook) => {
  const all: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => all.push(cell.text))));
  return all;
};

describe('review pack workbook', () => {
  it('has a Chinese sheet per table after the summary, frozen filtered headers, money formats and a bold total', async () => {
    const { book, model } = await workbookFor({ personalFiles: false, contacts: false, hideCoaches: false });
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '客户', '关键人', '商机', '跟进记录', '计划', '里程碑', '目标调整', '合同与回款', '续单']);
    const summary = book.getWorksheet('汇总')!;
    expect(summary.getRow(1).values).toEqual([undefined, '负责人', '客户数', '年度目标', '保底目标', '加权商机', '已赢单', '覆盖率', '风险行数', '距安全还差', '逾期回款']);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.autoFilter).toBeDefined();
    expect(summary.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    const total = summary.lastRow!;
    expect(total.getCell(1).value).toBe('合计');
    for (const column of [1, 3, 7]) expect(total.getCell(column).font?.bold).toBe(true);
    expect(summary.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(summary.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(summary.pageSetup.printTitlesRow).toBe('1:1');
    expect(summary.getColumn(1).width).toBe(16);
    // Money in yuan with cents (stored in fen), coverage as a percent.
    expect(total.getCell(3).value).toBe(model.totals.target / 100);
    expect(total.getCell(3).numFmt).toBe('#,##0.00');
    expect(total.getCell(7).numFmt).toBe('0%');
    expect(summary.getColumn(7).numFmt).toBe('0%');
    const plan = book.getWorksheet('计划')!;
    expect(plan.getRow(2).getCell(8).value).toBe('有风险');
    expect(book.getWorksheet('关键人')!.getRow(1).values).not.toContain('家庭');
  });

  it('names the people sheet’s coverage as the editor does, and writes days as dates', async () => {
    const { book, model } = await workbookFor({ personalFiles: false, contacts: false, hideCoaches: false });
    const people = book.getWorksheet('关键人')!;
    const header = people.getRow(1).values as unknown[];
    expect(header).toContain('覆盖程度');
    expect(header).not.toContain('覆盖率');
    const activities = book.getWorksheet('跟进记录')!;
    const dateColumn = (activities.getRow(1).values as unknown[]).indexOf('日期');
    const cell = activities.getRow(2).getCell(dateColumn);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    expect(model.activities.map((a) => a.date)).toContain((cell.value as Date).toISOString().slice(0, 10));
  });

  it('holds no personal file, contact or coach name when they are left out, and holds them when asked', async () => {
    const hidden = texts((await workbookFor({ personalFiles: false, contacts: false, hideCoaches: true })).book).join('\n');
    for (const secret of ['湖南长沙', '羽毛球', '13900001111', 'wang@example.cn', '西安市']) expect(hidden).not.toContain(secret);
    expect(hidden).toContain('向导 A');
    // Coaches are 关键人4 in every account of the sample: none is named.
    expect(hidden).not.toContain('关键人4');
    const shown = texts((await workbookFor({ personalFiles: true, contacts: true, hideCoaches: false })).book).join('\n');
    for (const secret of ['湖南长沙', '羽毛球', '13900001111', '西安市', '关键人4']) expect(shown).toContain(secret);
  });
});
