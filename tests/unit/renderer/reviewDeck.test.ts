import i18next from 'i18next';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { I18NEXT_RESOURCES } from '../../../shared/i18n';
import type { Redaction } from '../../../shared/report/redaction';
import { buildReviewModel } from '../../../shared/report/reviewModel';
import { REVIEW_SECTIONS, type ReviewRequest } from '../../../shared/report/reviewRequest';
import { reviewDeck } from '../../../renderer/report/reviewDeck';
import { DECK_FONT } from '../../../renderer/report/deck/deckKit';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

async function deckFor(redaction: Redaction, planRows = 1, { accounts = 2, stakeholders = 6, deckAppendix = false } = {}) {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: I18NEXT_RESOURCES, lng: 'zh-CN', interpolation: { escapeValue: false } });
  const data = buildSampleWorkspace({ accounts, stakeholders, opportunities: 2, activities: 2, planRows });
  if (data.stakeholders[0]) data.stakeholders[0].contacts = { phone: '029-88886666', mobile: '13900001111', email: 'wang@example.cn', wechat: 'wjg', address: '西安市' };
  // Each account's purchase potential is known (an account without one is in no quadrant and off the matrix).
  data.accounts.forEach((account, i) => (account.purchaseDrivers = [{ id: `drv-${i}`, name: '基站', quantity: 100 * (i + 1), unit: '个', purchasePerUnit: 5_000_000, decisionMakers: '' }]));
  const request: ReviewRequest = { scope: { kind: 'all' }, year: 2026, redaction, sections: [...REVIEW_SECTIONS], today: '2026-11-30', language: 'zh-CN', preparedBy: '李总监', compareBefore: null, deckAppendix };
  const model = buildReviewModel({ ...request, tables: data, settings: data.settings, coachAlias: (letter) => i18n.t('review.coachAlias', { letter }) });
  const blob = await reviewDeck(model, request, i18n.t);
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) parts.set(name, await zip.file(name)!.async('string'));
  return { zip, parts, model };
}

const slideTexts = (parts: Map<string, string>) =>
  [...parts.entries()]
    .filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .map(([, xml]) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '))
    .join('\n');

describe('review pack deck', () => {
  it('is a 16:9 deck with a cover, native charts with their data, the chain as shapes, and notes', async () => {
    const { zip, parts, model } = await deckFor({ personalFiles: false, contacts: false, hideCoaches: false });
    expect(parts.get('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"');
    const slides = [...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThanOrEqual(9);
    const text = slideTexts(parts);
    expect(text).toContain('2026 年度大客户复盘');
    expect(text).toContain('李总监');
    for (const a of model.accounts) expect(text).toContain(a.name);
    // Charts are native charts with an embedded workbook of their data (editable in PowerPoint).
    const charts = [...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBe(2);
    expect(Object.keys(zip.files).filter((n) => n.startsWith('ppt/embeddings/') && n.endsWith('.xlsx')).length).toBe(2);
    const chartXml = charts.map((n) => parts.get(n)).join('\n');
    expect(chartXml).toContain('<c:barChart>');
    expect(chartXml).toContain('<c:scatterChart>');
    // The matrix numbers its points and names them in a list beside the chart, with the quadrants named.
    const matrixSlide = [...parts.entries()].find(([n, xml]) => /slides\/slide\d+\.xml$/.test(n) && xml.includes('客户分析矩阵'))![1];
    expect(matrixSlide).toContain(model.accounts[0]!.name);
    for (const quadrant of ['核心客户', '成长客户', '牵引客户', '问题客户']) expect(matrixSlide).toContain(quadrant);
    expect(chartXml).toContain('采购潜力（万）');
    // The org chart is cards and lines: one rounded rectangle per person and a line per reporting edge.
    const chainSlide = [...parts.entries()].find(([n, xml]) => /slides\/slide\d+\.xml$/.test(n) && xml.includes(`${model.accounts[0]!.name} 决策链`))![1];
    expect(chainSlide.match(/prst="roundRect"/g)!.length).toBe(6);
    expect(chainSlide.match(/prst="line"/g)!.length).toBeGreaterThanOrEqual(5);
    expect(chainSlide).toContain('关键人1');
    expect([...parts.keys()].some((n) => n.startsWith('ppt/notesSlides/'))).toBe(true);
    expect([...parts.entries()].filter(([n]) => n.startsWith('ppt/notesSlides/')).map(([, x]) => x).join('')).toContain('有风险');
  });

  it('sets zh-CN and an East Asian typeface on every run, the theme included', async () => {
    const { parts } = await deckFor({ personalFiles: false, contacts: false, hideCoaches: false });
    for (const [name, xml] of parts) {
      if (!name.endsWith('.xml')) continue;
      expect(xml, name).not.toContain('lang="en-US"');
      expect(xml, name).not.toContain('<a:ea typeface=""/>');
      // Every Latin typeface is followed by an East Asian one.
      expect(xml.match(/<a:latin typeface="[^"]*"[^>]*\/>(?!<a:ea)/g), name).toBeNull();
    }
    const runs = [...parts.entries()].filter(([n]) => /slides\/slide\d+\.xml$/.test(n)).map(([, x]) => x).join('');
    expect(runs).toContain('lang="zh-CN"');
    expect(runs).toContain(`<a:ea typeface="${DECK_FONT}"`);
  });

  it('holds no personal file, contact or coach name anywhere in the package when they are left out', async () => {
    const { zip } = await deckFor({ personalFiles: false, contacts: false, hideCoaches: true });
    let everything = '';
    for (const name of Object.keys(zip.files)) {
      const file = zip.file(name);
      if (!file || file.dir) continue;
      if (name.endsWith('.xlsx')) {
        const inner = await JSZip.loadAsync(await file.async('uint8array'));
        for (const n of Object.keys(inner.files)) everything += (await inner.file(n)?.async('string')) ?? '';
      } else everything += await file.async('string');
    }
    for (const secret of ['湖南长沙', '羽毛球', '13900001111', 'wang@example.cn', '西安市', '关键人4']) expect(everything).not.toContain(secret);
    expect(everything).toContain('向导 A');
  });

  it('shows a long plan’s biggest gaps on the account’s slide, and every row in the appendix when asked for', async () => {
    const { parts, model } = await deckFor({ personalFiles: false, contacts: false, hideCoaches: false }, 30, { deckAppendix: true });
    const first = model.accounts[0]!;
    const rows = model.plan.filter((l) => l.row.accountId === first.id);
    expect(rows.length).toBe(30);
    const text = slideTexts(parts);
    expect(text).toContain('另有 23 行（缺口较小）：见附录或 Excel 工作簿');
    expect(text).toContain('附录');
    for (const page of ['(1/3)', '(2/3)', '(3/3)']) expect(text).toContain(`${first.name} · 计划 ${page}`);
    const planSlides = text.split('\n').filter((slide) => slide.includes(`${first.name} · 计划`));
    // Cells are joined by spaces: 产品线1 must be a cell of its own, not the start of 产品线10.
    for (const line of rows) expect(planSlides.some((slide) => slide.split(' ').includes(line.row.product)), line.row.product).toBe(true);
  });

  it('keeps a 100-account portfolio’s deck to 25 slides: no empty slide, chain names at 14 pt, the health on the chain slide', async () => {
    const { parts, model } = await deckFor({ personalFiles: false, contacts: false, hideCoaches: false }, 3, { accounts: 100, stakeholders: 20 });
    const slides = [...parts.entries()].filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(([, xml]) => xml);
    expect(slides.length).toBeLessThanOrEqual(25);
    expect(slides.length).toBeGreaterThanOrEqual(15);
    // Every slide carries more than its title and a remark: a table, a chart, cards or several texts.
    for (const xml of slides) expect((xml.match(/<p:sp>|<p:graphicFrame>/g) ?? []).length, xml.slice(0, 200)).toBeGreaterThan(2);
    const chains = slides.filter((xml) => / 决策链(<| ·)/.test(xml));
    expect(chains.length).toBeGreaterThan(0);
    for (const xml of chains) {
      // The names are 14 pt (sz="1400") and bold; nothing on a card is under 9 pt.
      const sizes = [...xml.matchAll(/<a:rPr[^>]*sz="(\d+)"[^>]*b="1"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(900);
      expect(xml).toMatch(/sz="1400"[^>]*b="1"/);
      expect(xml).toContain('支持权重');
    }
    // The accounts shown are those with the most money at risk; the rest are named nowhere but the appendix (off).
    expect(model.accounts.length).toBe(100);
  });

  it('has no chain slide for an account without people', async () => {
    const { parts } = await deckFor({ personalFiles: false, contacts: false, hideCoaches: false }, 1, { stakeholders: 0 });
    expect(slideTexts(parts)).not.toContain('还没有录入关键人。');
    expect(slideTexts(parts)).not.toMatch(/ 决策链( |$)/m);
  });
});
