/** The customer-analysis matrix and the RFM classes, as a sales director uses them. */
import { describe, expect, it } from 'vitest';
import { planRowSchema } from '../../shared/domain/planRow';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { localDate } from './support/dates';
import { openApp } from './support/app';
import { importFile, storedRecords } from './support/workspaceActions';

describe('customer-analysis matrix', () => {
  it('places accounts in quadrants, moves one when the threshold changes, keeps a manual quadrant, and lists RFM classes', async () => {
    const { page } = await openApp();
    const data = buildSampleWorkspace({ accounts: 3, stakeholders: 0, opportunities: 0, activities: 0, planRows: 0 });
    const [big, small, manual] = data.accounts;
    if (!big || !small || !manual) throw new Error('sample');
    // Stable relationship, nobody mapped yet: level 40. Potential 10 × 200,000 = 2,000,000: high.
    Object.assign(big, { name: '华东电网', lifecycleStage: 'STABILITY', purchaseDrivers: [{ id: 'd1', name: '变电站', quantity: 10, unit: '座', purchasePerUnit: 20_000_000, decisionMakers: '' }] });
    Object.assign(big, { purchases: [20, 100, 200, 300].map((d, i) => ({ id: `p${i}`, date: localDate(-d), amount: 500_000 })) });
    Object.assign(small, { name: '南方小厂', lifecycleStage: null, purchaseDrivers: [], purchases: [] });
    Object.assign(manual, { name: '西部集团', lifecycleStage: 'EXPLORATION', purchaseDrivers: [], quadrantOverride: 'CORE', purchases: [] });
    // No drivers, no whitespace estimate, but the plan's 购买潜力 (¥300,000): drawn from that.
    const at = '2026-01-05T08:00:00.000Z';
    data.planRows.push(planRowSchema.parse({ id: 'plan-west', createdAt: at, updatedAt: at, year: data.settings.planYear, accountId: manual.id, product: 'ERP', potential: 30_000_000 }));
    await importFile(page, 'matrix.json', workspaceFileText(data));
    await page.getByText(/导入 \d+ 条记录/).waitFor();

    await page.getByRole('navigation').first().getByRole('link', { name: '客户矩阵' }).click();
    await page.getByRole('img', { name: /气泡图/ }).waitFor();
    const quadrant = (name: string) => page.getByRole('region', { name, exact: true });
    await quadrant('成长客户').getByRole('link', { name: '华东电网' }).waitFor();
    // The manual quadrant wins and says what was computed.
    await quadrant('核心客户').getByRole('link', { name: '西部集团' }).waitFor();
    await quadrant('核心客户').getByText('手动指定 · 计算结果：问题客户').waitFor();
    // Potential unknown is no quadrant: 南方小厂 is listed apart below, not counted as 问题客户.
    expect(await page.getByRole('region', { name: /问题客户/ }).getByRole('link', { name: '南方小厂' }).count()).toBe(0);
    // No purchase driver, whitespace estimate or plan potential: named under the chart, not drawn at 1 on the log axis.
    const unknown = page.getByTestId('matrix-potential-unknown');
    await expect.poll(() => unknown.textContent()).toBe('潜力未知，不在图上（1 个客户：购买驱动因素、白区估算、作战计划的购买潜力都没有）： 南方小厂');
    await unknown.getByRole('link', { name: '南方小厂' }).click();
    await page.waitForURL(/#\/accounts\/acc-000002$/);
    await page.goBack();
    await page.getByRole('img', { name: /气泡图/ }).waitFor();

    // Brush an area ('框选客户', then a drag over the plot): the accounts inside it are listed, each a
    // link to its page; ending the selection clears the list.
    const chart = page.getByRole('img', { name: /气泡图/ });
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    await page.getByRole('button', { name: '框选客户' }).click();
    await page.mouse.move(box.x + 92, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 30, box.y + box.height - 76, { steps: 8 });
    await page.mouse.up();
    const brushed = page.getByTestId('matrix-brushed');
    await expect.poll(() => brushed.textContent()).toBe('框选了 2 个客户： 华东电网、西部集团');
    await page.getByRole('button', { name: '结束框选' }).click();
    await expect.poll(() => brushed.count()).toBe(0);

    // The chart as files a slide can use: an SVG of shapes and text, and a PNG.
    const exported = async (kind: 'PNG' | 'SVG') => {
      await page.getByRole('button', { name: '导出图表：客户分析矩阵' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: new RegExp(`^导出 ${kind} 图片`) }).click();
      const file = await download;
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };
    const svg = await exported('SVG');
    expect(svg.name).toMatch(/^客户分析矩阵-\d{4}-\d{2}-\d{2}\.svg$/);
    expect(svg.bytes.toString('utf8')).not.toContain('foreignObject');
    expect(svg.bytes.toString('utf8')).toContain('>关系水平（0–100）</text>');
    const png = await exported('PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBe(1920);

    // Lower the relationship threshold to 40: 华东电网's bubble moves from growth to core.
    const threshold = page.getByRole('spinbutton', { name: '关系强的分界' });
    await threshold.fill('40');
    await threshold.press('Enter');
    await quadrant('核心客户').getByRole('link', { name: '华东电网' }).waitFor();
    await expect(quadrant('成长客户').getByRole('link', { name: '华东电网' }).count()).resolves.toBe(0);
    await expect
      .poll(async () => (await storedRecords<{ matrix: { relationshipThreshold: number } }>(page, 'settings'))[0]?.matrix.relationshipThreshold)
      .toBe(40);

    // The RFM tab: 华东电网 bought within the month, 4 times, 20,000 元 → 重要价值, VVVVVIP.
    await page.getByRole('tab', { name: 'RFM 分类' }).click();
    const value = page.getByRole('region', { name: '重要价值客户' });
    await value.getByRole('link', { name: '华东电网' }).waitFor();
    await value.getByText('VVVVVIP').waitFor();
    await page.getByText('尚无购买记录（未分类）：2 个').waitFor();
  });
});

describe('customer-analysis matrix after an edit', () => {
  it('shows an account renamed in its editor, from the digests the save itself kept current', async () => {
    const { page } = await openApp();
    const data = buildSampleWorkspace({ accounts: 3, stakeholders: 0, opportunities: 0, activities: 0, planRows: 0 });
    data.accounts.forEach((a, i) => Object.assign(a, { lifecycleStage: 'STABILITY', purchaseDrivers: [{ id: `d${i}`, name: '站点', quantity: 10, unit: '个', purchasePerUnit: 20_000_000, decisionMakers: '' }] }));
    await importFile(page, 'matrix.json', workspaceFileText(data));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户矩阵' }).click();
    const lists = page.getByRole('region', { name: '成长客户', exact: true });
    await lists.getByRole('link', { name: '示例客户1号（集团）有限公司' }).waitFor();

    await page.evaluate(() => (location.hash = '#/accounts/acc-000001/edit'));
    const name = page.getByRole('dialog', { name: /编辑客户/ }).getByRole('textbox', { name: '客户名称' });
    await name.fill('华东电网（更名）');
    await page.getByRole('dialog', { name: /编辑客户/ }).getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存“华东电网（更名）”。').waitFor();

    // Right after the save, before the matrix opens again: the digests in meta carry the new name and
    // are at the revisions the save left (the matrix will not read 3 accounts to find it).
    type Meta = { id: string; revision?: string; digests?: { id: string; name: string }[]; tables?: Record<string, string> };
    const meta = await storedRecords<Meta>(page, 'meta');
    const digests = meta.find((m) => m.id === 'accountDigests');
    const revisions = meta.find((m) => m.id === 'revisions')?.tables ?? {};
    expect(digests?.revision).toBe(`${revisions.accounts ?? ''}|${revisions.whitespaceCells ?? ''}`);
    expect(digests?.digests?.find((d) => d.id === 'acc-000001')?.name).toBe('华东电网（更名）');

    await page.getByRole('navigation').first().getByRole('link', { name: '客户矩阵' }).click();
    await lists.getByRole('link', { name: '华东电网（更名）' }).waitFor();
    expect(await lists.getByRole('link', { name: '示例客户1号（集团）有限公司' }).count()).toBe(0);
  });
});
