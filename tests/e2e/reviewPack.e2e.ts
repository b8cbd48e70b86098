/**
 * 复盘材料: a key-account manager takes two of his accounts to the review meeting as an Excel
 * workbook, coaches' identities hidden and personal files left out, and opens the file.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { importFile } from './support/workspaceActions';

describe('review pack', () => {
  it('builds the workbook for two chosen accounts through the dialog, with what was asked left out', async () => {
    const { page } = await openApp();
    const data = buildSampleWorkspace({ accounts: 3, stakeholders: 5, opportunities: 1, activities: 1, planRows: 1 });
    data.stakeholders[0]!.contacts = { phone: '', mobile: '13900001111', email: '', wechat: '', address: '' };
    await importFile(page, 'team.json', workspaceFileText(data));
    await page.getByText(/已从“team.json”导入/).waitFor();

    await page.getByRole('banner').getByRole('button', { name: '复盘材料（Excel 工作簿）' }).click();
    const dialog = page.getByRole('dialog', { name: '导出复盘材料' });
    // Nothing sensitive by default, and the dialog says what is left out.
    await dialog.getByText('不包含：个人档案、联系方式').waitFor();
    await dialog.getByRole('radio', { name: '选定的客户' }).check();
    await dialog.getByRole('combobox', { name: '选择客户' }).click();
    for (const name of ['示例客户1号（集团）有限公司', '示例客户3号（集团）有限公司']) await page.locator('.ant-select-dropdown:visible').getByText(name, { exact: true }).click();
    await dialog.getByRole('checkbox', { name: /隐去向导身份/ }).check();
    await dialog.getByText('不包含：个人档案、联系方式、向导的姓名和职务').waitFor();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('复盘材料-2026.xlsx');
    await page.getByText('已导出复盘材料：2 个客户').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const book = new ExcelJS.Workbook();
    const bytes = Buffer.concat(chunks);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const column = (sheet: string, header: string) => {
      const ws = book.getWorksheet(sheet)!;
      const index = (ws.getRow(1).values as unknown[]).indexOf(header);
      const values: string[] = [];
      ws.eachRow((row, n) => n > 1 && values.push(row.getCell(index).text));
      return values;
    };
    expect(column('客户', '客户')).toEqual(['示例客户1号（集团）有限公司', '示例客户3号（集团）有限公司']);
    const names = column('关键人', '姓名');
    expect(names).toContain('关键人1');
    expect(names).toContain('向导 A');
    expect(names).not.toContain('关键人4');
    // The plan row's target, in yuan (stored in fen): 30,000.00.
    expect(column('计划', '年度目标')).toEqual(['30000', '30000']);
    const everything: string[] = [];
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => everything.push(cell.text))));
    for (const secret of ['湖南长沙', '羽毛球', '13900001111', '示例客户2号（集团）有限公司']) expect(everything.join('\n')).not.toContain(secret);
  });
});
