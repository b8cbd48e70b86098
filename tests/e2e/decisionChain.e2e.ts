/**
 * The decision-chain editor as a key-account manager uses it: build a chain by clicking and
 * dragging, watch the support balance, re-parent, undo and redo, reload; snapshots and comparison;
 * export the chart as an image.
 */
import type { Locator, Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { importFile, liveOnly, storedRecords } from './support/workspaceActions';

interface StoredPerson {
  id: string;
  name: string;
  reportsToId: string | null;
  stance: number;
  buyingRole: string;
  collapsed: boolean;
  deletedAt: string | null;
}

async function openChainOfFirstAccount(page: Page, people: number): Promise<void> {
  await importFile(page, 'chain.json', workspaceFileText(buildSampleWorkspace({ accounts: 1, stakeholders: people, opportunities: 0, activities: 0, planRows: 0 })));
  await page.getByText(/导入 \d+ 条记录/).waitFor();
  await page.getByRole('navigation').getByText('决策链', { exact: true }).click();
  await page.getByRole('button', { name: /打开 示例客户1号.* 的决策链/ }).click();
  await page.getByRole('toolbar', { name: '决策链' }).waitFor();
}

const card = (page: Page, name: string): Locator => page.locator('.kp-card', { has: page.locator('.kp-name', { hasText: new RegExp(`^${name}$`) }) });
const panel = (page: Page) => page.getByRole('form', { name: '关键人' });

async function chooseOption(page: Page, scope: Locator, label: string, option: string | RegExp) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.click();
  // The dropdown that belongs to this select (others may still be fading out).
  const list = await box.getAttribute('aria-controls');
  const text = typeof option === 'string' ? new RegExp(`^${option.replace(/[()（）]/g, '\\$&')}$`) : option;
  await page.locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option-content`).filter({ hasText: text }).click();
}

/** Clicks one of the panel's five stance buttons, named by the stance ("支持"); its title reads "支持 (+1)". */
async function chooseStance(page: Page, stance: string) {
  const group = panel(page).getByRole('radiogroup', { name: '立场' });
  await group.getByTitle(new RegExp(`^${stance} \\(`)).click();
  await expect.poll(() => group.getByRole('radio', { name: new RegExp(`^${stance} \\(`) }).isChecked()).toBe(true);
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: Locator, to: Locator | { x: number; y: number }) {
  const start = await center(from);
  const end = 'boundingBox' in to ? await center(to) : to;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

/** Clicks an empty corner of the canvas so nothing is selected. */
async function clickEmptyCanvas(page: Page) {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + 8, box.y + 8);
}

/** Adds a person (under the selected card, if any), types the name, sets role, stance and influence in the panel. */
async function addPerson(page: Page, name: string, fields: { role?: string; stance: string; influence: string }) {
  await page.getByRole('button', { name: '添加关键人' }).click();
  const nameField = panel(page).getByRole('textbox', { name: '姓名' });
  await expect.poll(() => nameField.evaluate((el) => el === document.activeElement)).toBe(true);
  await nameField.fill(name);
  await nameField.press('Enter');
  await card(page, name).waitFor();
  if (fields.role) await chooseOption(page, panel(page), '采购角色', fields.role);
  await chooseStance(page, fields.stance);
  await chooseOption(page, panel(page), '影响力权重（1–5）', fields.influence);
}

async function people(page: Page): Promise<Map<string, StoredPerson>> {
  const records = liveOnly(await storedRecords<StoredPerson>(page, 'stakeholders'));
  return new Map(records.map((p) => [p.name, p]));
}

async function bossOf(page: Page, name: string): Promise<string | null> {
  const all = await people(page);
  const boss = [...all.values()].find((p) => p.id === all.get(name)?.reportsToId);
  return boss?.name ?? null;
}

const balance = (page: Page) => page.getByTestId('health-summary').locator('.ant-tag').first();

describe('decision-chain editor', () => {
  it('builds a chain by clicking and dragging; balance, re-parenting, cycles, undo/redo and reload', async () => {
    const { page } = await openApp();
    await openChainOfFirstAccount(page, 0);
    await page.getByText('这条决策链上还没有人').waitFor();

    await addPerson(page, '王总', { role: 'EB 经济决策者', stance: '支持', influence: '5' });
    // With 王总 selected, the next person reports to him.
    await addPerson(page, '李处', { role: 'UB 使用者', stance: '中立', influence: '3' });
    await addPerson(page, '赵姐', { role: '向导（Coach）', stance: '坚定支持', influence: '2' });
    await clickEmptyCanvas(page);
    await addPerson(page, '张工', { role: 'TB 技术把关者', stance: '反对', influence: '4' });
    await addPerson(page, '钱科', { stance: '疑虑', influence: '2' });
    await card(page, '李处').click();
    await addPerson(page, '孙经理', { stance: '中立', influence: '3' });

    // 张工 is a root: draw his reporting line to 王总 by dragging between the cards' dots.
    expect(await bossOf(page, '张工')).toBeNull();
    await page.getByRole('button', { name: '重新布局' }).click();
    await page.getByRole('button', { name: '适应画布' }).click();
    await drag(page, card(page, '王总').locator('.react-flow__handle[data-handleid="report"]'), card(page, '张工').locator('.react-flow__handle[data-handleid="boss"]'));
    await expect.poll(() => bossOf(page, '张工')).toBe('王总');
    // The chart speaks the person's language to a screen reader: its buttons and its lines.
    for (const name of ['放大', '缩小', '适应画布']) await page.getByRole('button', { name, exact: true }).waitFor();
    await page.locator('.react-flow__edge[aria-label="张工 向 王总 汇报"]').waitFor({ state: 'attached' });

    const stored = await people(page);
    expect([...stored.keys()].sort()).toEqual(['孙经理', '张工', '李处', '王总', '赵姐', '钱科'].sort());
    expect(stored.get('王总')).toMatchObject({ buyingRole: 'EB', stance: 1 });
    expect(stored.get('赵姐')).toMatchObject({ buyingRole: 'COACH', stance: 2 });
    expect(await bossOf(page, '赵姐')).toBe('李处');
    expect(await bossOf(page, '钱科')).toBe('张工');

    // Support 王总 5 + 赵姐 2 = 7 against 张工 4 + 钱科 2 = 6.
    await expect.poll(() => balance(page).textContent()).toBe('支持权重领先 1');
    await card(page, '李处').click();
    await chooseStance(page, '支持');
    await expect.poll(() => balance(page).textContent()).toBe('支持权重领先 4');
    await expect.poll(async () => (await people(page)).get('李处')?.stance).toBe(1);
    // Arrow keys through the stances: each step is saved against the one before it, so two steps in a
    // row (faster than the chart redraws) are two saves, not a "changed elsewhere" question.
    const stances = panel(page).getByRole('radiogroup', { name: '立场' });
    await stances.getByRole('radio', { name: /^支持 \(/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await people(page)).get('李处')?.stance).toBe(0);
    await expect.poll(() => stances.getByRole('radio', { name: /^中立 \(/ }).isChecked()).toBe(true);
    expect(await page.getByText('这条记录在别处也被修改了').count()).toBe(0);
    await expect.poll(() => balance(page).textContent()).toBe('支持权重领先 1');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await people(page)).get('李处')?.stance).toBe(1);
    await expect.poll(() => balance(page).textContent()).toBe('支持权重领先 4');
    await page.getByRole('tab', { name: '健康度' }).click();
    await expect.poll(() => page.getByTestId('support-balance').textContent()).toContain('支持 10');

    // Re-parent by dropping 孙经理 onto 张工.
    await page.getByRole('button', { name: '重新布局' }).click();
    await page.getByRole('button', { name: '适应画布' }).click();
    await drag(page, card(page, '孙经理').locator('.kp-name'), card(page, '张工'));
    await expect.poll(() => bossOf(page, '孙经理')).toBe('张工');

    // A loop is refused with the people in it named, and nothing changes.
    await drag(page, card(page, '王总').locator('.kp-name'), card(page, '钱科'));
    await page.getByText('形成了循环：王总 → 钱科 → 张工 → 王总').waitFor();
    expect(await bossOf(page, '王总')).toBeNull();

    // Undo and redo the re-parenting from the keyboard.
    await clickEmptyCanvas(page);
    await page.keyboard.press('Control+z');
    await expect.poll(() => bossOf(page, '孙经理')).toBe('李处');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => bossOf(page, '孙经理')).toBe('张工');
    await page.keyboard.press('Control+z');
    await expect.poll(() => bossOf(page, '孙经理')).toBe('李处');
    await page.keyboard.press('Control+y');
    await expect.poll(() => bossOf(page, '孙经理')).toBe('张工');

    // Delete with undo.
    await card(page, '钱科').click();
    await page.keyboard.press('Delete');
    await page.getByText('已删除 钱科。').waitFor();
    await expect(card(page, '钱科').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /^撤\s?销$/ }).last().click();
    await card(page, '钱科').waitFor();
    expect(await bossOf(page, '钱科')).toBe('张工');

    // Reload: everything is where it was.
    await page.reload();
    await card(page, '孙经理').waitFor();
    for (const name of ['王总', '李处', '赵姐', '张工', '钱科', '孙经理']) await card(page, name).waitFor();
    await expect.poll(() => balance(page).textContent()).toBe('支持权重领先 4');
    expect(await bossOf(page, '孙经理')).toBe('张工');
    await expect(card(page, '王总').locator('.kp-role').textContent()).resolves.toBe('EB');
    await expect(card(page, '赵姐').locator('.kp-stance').textContent()).resolves.toContain('坚定支持');
  });

  it('saves a snapshot, compares it with today after a change, and exports the chart as PNG and SVG with its edges', async () => {
    const { page } = await openApp();
    await openChainOfFirstAccount(page, 6);
    await card(page, '关键人2').waitFor();

    // Fold 关键人2's reports away, then look one of them up by name: the way down unfolds.
    await card(page, '关键人2').getByRole('button', { name: /收起 关键人2 的下属/ }).click();
    await expect.poll(() => card(page, '关键人4').count()).toBe(0);
    await expect.poll(async () => (await people(page)).get('关键人2')?.collapsed).toBe(true);
    const search = page.getByRole('combobox', { name: '查找关键人' });
    await search.fill('关键人4');
    await search.press('Enter');
    await card(page, '关键人4').waitFor();
    await expect.poll(() => panel(page).getByRole('textbox', { name: '姓名' }).inputValue()).toBe('关键人4');
    await expect.poll(async () => (await people(page)).get('关键人2')?.collapsed).toBe(false);

    await page.getByRole('tab', { name: '快照' }).click();
    await page.getByRole('textbox', { name: '快照名称' }).fill('Q3 评审');
    await page.getByRole('button', { name: '保存快照' }).click();
    await page.getByText('已保存快照“Q3 评审”。').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Q3 评审' }).getByText(/保存于 .* · 6 人 · 0 个空缺席位/).waitFor();

    const before = (await people(page)).get('关键人2')?.stance;
    expect(before).not.toBe(2);
    await card(page, '关键人2').click();
    await chooseStance(page, '坚定支持');
    await expect.poll(async () => (await people(page)).get('关键人2')?.stance).toBe(2);

    await page.getByRole('tab', { name: '快照' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Q3 评审' }).getByRole('button', { name: '与今天对比' }).click();
    const diff = page.getByTestId('snapshot-diff');
    await diff.getByText(/关键人2: 立场：\S+ → 坚定支持/).waitFor();
    await diff.getByText(/^支持权重：/).waitFor();
    await expect(card(page, '关键人2').locator('.kp-badge').textContent()).resolves.toBe('立场提升');
    await expect(card(page, '关键人3').locator('.kp-badge').count()).resolves.toBe(0);

    const png = await exportImage(page, 'PNG');
    expect(png.name).toMatch(/决策链-\d{4}-\d{2}-\d{2}\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const withEdges = await measureImage(page, png.bytes);
    expect(withEdges.width).toBeGreaterThan(600);
    expect(withEdges.height).toBeGreaterThan(400);

    // The same chart without reporting lines has fewer line-coloured pixels: the edges were drawn.
    // The layers are in the toolbar's 显示 menu.
    await page.getByRole('toolbar').getByRole('button', { name: '显示' }).click();
    await page.getByRole('checkbox', { name: '汇报关系' }).uncheck();
    await page.keyboard.press('Escape');
    const withoutEdges = await measureImage(page, (await exportImage(page, 'PNG')).bytes);
    expect(withEdges.lineGreyPixels - withoutEdges.lineGreyPixels).toBeGreaterThan(200);
    await page.getByRole('toolbar').getByRole('button', { name: '显示' }).click();
    await page.getByRole('checkbox', { name: '汇报关系' }).check();
    await page.keyboard.press('Escape');

    // A real SVG: shapes and text (no HTML inside foreignObject), which PowerPoint and WPS open.
    const svg = (await exportImage(page, 'SVG')).bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('foreignObject');
    expect(svg.match(/<path d="M/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(svg).toContain('>关键人1</text>');
    expect(svg).toContain('>汇报关系</text>');
    const drawn = await page.evaluate(async (text) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, svg);
    expect(drawn.width).toBeGreaterThan(600);
    // Kept for a look: .tmp/exports/chain.svg
    mkdirSync('.tmp/exports', { recursive: true });
    writeFileSync('.tmp/exports/chain.svg', svg);
  });
});

describe('the decision chain on a small screen', () => {
  for (const [locale, loadSample, fitLabel] of [
    ['zh-CN', '载入示例工作区', '适应画布'],
    ['en-US', 'Load the sample workspace', 'Fit the chart'],
  ] as const) {
    it(`at 1280 × 720 (${locale}): the sample's 21-person chain opens with every card in view and every name at 12 px or more, and so does fit`, async () => {
      const { page } = await openApp({ locale });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByRole('button', { name: loadSample }).click();
      await page.getByTestId('kpi-accounts').getByText('1').waitFor();
      await page.evaluate(() => (location.hash = '#/chains/sample-account'));
      await expect.poll(() => page.locator('.react-flow__node-stakeholder').count()).toBe(21);
      const measure = () =>
        page.evaluate(() => {
          const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
          const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
          const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node-stakeholder')];
          const names = cards.map((card) => {
            const name = card.querySelector<HTMLElement>('.kp-overview-name, .kp-name')!;
            const box = card.getBoundingClientRect();
            return {
              name: name.textContent,
              px: parseFloat(getComputedStyle(name).fontSize) * zoom,
              inView: box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom,
            };
          });
          return { zoom, small: names.filter((n) => n.px < 12).map((n) => `${n.name} ${n.px.toFixed(1)} px`), outside: names.filter((n) => !n.inView).map((n) => n.name), smallest: Math.min(...names.map((n) => n.px)) };
        });
      const opened = await measure();
      expect(opened.small).toEqual([]);
      expect(opened.outside).toEqual([]);
      // Zoomed in and fitted again: the same.
      await page.locator('.react-flow__controls-zoomin').click();
      await page.getByRole('button', { name: fitLabel }).click();
      await expect.poll(async () => (await measure()).zoom).toBeCloseTo(opened.zoom, 3);
      const fitted = await measure();
      expect(fitted.small).toEqual([]);
      expect(fitted.outside).toEqual([]);
      expect(fitted.smallest).toBeGreaterThanOrEqual(12);
    });
  }

  it('at 1280 × 720 a 60-person chain opens readable at its top, says how many are outside, and shows one department at a time', async () => {
    const { page } = await openApp();
    await page.setViewportSize({ width: 1280, height: 720 });
    const data = buildSampleWorkspace({ accounts: 1, stakeholders: 60, opportunities: 0, activities: 0, planRows: 0 });
    // Four departments under the management, each a branch of the reporting tree.
    const number = (id: string) => Number(id.slice(-3));
    const branch = (n: number): number => (n < 8 ? n : branch(Math.floor(n / 2)));
    for (const person of data.stakeholders) {
      const n = number(person.id);
      person.department = n === 1 ? '总经办' : n < 4 ? '管理层' : `事业部${branch(n) - 3}`;
    }
    await importFile(page, 'big.json', workspaceFileText(data));
    await page.getByRole('navigation').getByText('决策链', { exact: true }).click();
    await page.getByRole('button', { name: /打开 .* 的决策链/ }).first().click();
    const outside = page.getByRole('status').filter({ hasText: /^视图外还有 \d+ 人/ });
    await outside.waitFor();
    const names = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
        const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
        return [...document.querySelectorAll<HTMLElement>('.react-flow__node-stakeholder')].flatMap((card) => {
          const box = card.getBoundingClientRect();
          const inView = box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom;
          const name = card.querySelector<HTMLElement>('.kp-overview-name, .kp-name')!;
          return inView ? [{ name: name.textContent ?? '', px: parseFloat(getComputedStyle(name).fontSize) * zoom }] : [];
        });
      });
    // Opened at its top, at a zoom where every name in view reads at 12 px or more.
    const opened = await names();
    expect(opened.length).toBeGreaterThan(3);
    expect(opened.filter((n) => n.px < 12)).toEqual([]);
    // One department at a time: all of its people in view, names readable.
    await page.getByRole('combobox', { name: '按部门查看' }).click();
    await page.locator('.ant-select-dropdown:visible').getByText(/^事业部2（\d+ 人）$/).click();
    const department = data.stakeholders.filter((p) => p.department === '事业部2').map((p) => p.name);
    await expect.poll(async () => (await names()).map((n) => n.name).filter((n) => department.includes(n)).length).toBe(department.length);
    expect((await names()).filter((n) => n.px < 12)).toEqual([]);
  });

  it('at 1280 × 720: one-line toolbar, legend under the canvas, influence lines and labels clear of every card, minimap hidden on request', async () => {
    const { page } = await openApp();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: '载入示例工作区' }).click();
    await page.getByText('正在使用示例数据', { exact: false }).waitFor();
    await page.getByRole('navigation').getByText('决策链', { exact: true }).click();
    await page.getByRole('button', { name: /打开 陕西移动（示例） 的决策链/ }).first().click();
    const toolbar = page.getByRole('toolbar', { name: '决策链' });
    await toolbar.waitFor();
    await page.locator('.kp-card').first().waitFor();

    // The toolbar is one line: every control starts at the same height.
    const tops = await toolbar.evaluate((bar) => [...bar.children].map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(6);
    expect(new Set(tops).size).toBe(1);

    // The legend sits below the canvas, never over the cards.
    const canvas = await page.getByRole('region', { name: /陕西移动（示例）/ }).boundingBox();
    const legend = await page.getByRole('group', { name: '图例' }).boundingBox();
    expect(canvas && legend && legend.y >= canvas.y + canvas.height).toBe(true);

    // The whole chart in view: every influence line is routed around the cards (no point of it inside a
    // card, away from its two ends) and every label sits clear of them.
    await page.getByRole('button', { name: '适应画布' }).click();
    await expect.poll(() => page.locator('.react-flow__node-stakeholder').count()).toBe(21);
    const check = await page.evaluate(() => {
      const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node-stakeholder')].map((n) => {
        const m = new DOMMatrixReadOnly(getComputedStyle(n).transform);
        return { x: m.e, y: m.f, w: n.offsetWidth, h: n.offsetHeight };
      });
      const inside = (x: number, y: number, pad = 1) => cards.some((c) => x > c.x + pad && x < c.x + c.w - pad && y > c.y + pad && y < c.y + c.h - pad);
      const problems: string[] = [];
      const edges = [...document.querySelectorAll<SVGGElement>('.react-flow__edge[data-id^="link:"]')];
      for (const edge of edges) {
        const name = edge.getAttribute('aria-label') ?? edge.dataset.id ?? '';
        const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
        if (!path) continue;
        if (/[Cc]/.test(path.getAttribute('d') ?? '')) problems.push(`${name}: drawn as a curve, not routed`);
        const length = path.getTotalLength();
        for (let at = 16; at < length - 16; at += 4) {
          const p = path.getPointAtLength(at);
          if (inside(p.x, p.y)) {
            problems.push(`${name}: runs under a card at ${Math.round(p.x)},${Math.round(p.y)}`);
            break;
          }
        }
        const label = edge.querySelector<SVGGElement>('.react-flow__edge-textwrapper');
        if (label) {
          const box = label.getBBox();
          const shift = label.transform.baseVal.consolidate()?.matrix;
          const x = box.x + (shift?.e ?? 0);
          const y = box.y + (shift?.f ?? 0);
          if (cards.some((c) => x < c.x + c.w && x + box.width > c.x && y < c.y + c.h && y + box.height > c.y)) problems.push(`${name}: label over a card`);
        }
      }
      return { edges: edges.length, problems };
    });
    expect(check.problems).toEqual([]);
    expect(check.edges).toBeGreaterThanOrEqual(3);

    // The minimap folds away from the zoom buttons, and stays away when the chart is opened again.
    await page.locator('.react-flow__minimap').waitFor();
    await page.getByRole('button', { name: '隐藏缩略图' }).click();
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: '显示缩略图' }).waitFor();
    expect(await page.locator('.react-flow__minimap').count()).toBe(0);
  });
});

async function exportImage(page: Page, kind: 'PNG' | 'SVG'): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: '导出' }).and(page.locator('.kp-chain-editor *')).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: `导出 ${kind} 图片` }).click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Decodes the PNG in the page and counts pixels of the reporting-line grey (#595959). */
async function measureImage(page: Page, bytes: Buffer): Promise<{ width: number; height: number; lineGreyPixels: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let lineGreyPixels = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs((data[i] ?? 0) - 89) < 12 && Math.abs((data[i + 1] ?? 0) - 89) < 12 && Math.abs((data[i + 2] ?? 0) - 89) < 12) lineGreyPixels += 1;
    }
    return { width: canvas.width, height: canvas.height, lineGreyPixels };
  }, bytes.toString('base64'));
}
