/**
 * The review pack's PowerPoint deck (pptxgenjs), 16:9, one idea per slide: cover; the portfolio's
 * figures; target / weighted / won by owner as a native bar chart (editable in PowerPoint and WPS);
 * the customer-analysis matrix as a native scatter chart with account names on the points; per
 * account its plan, its decision chain drawn as shapes and lines (each card editable, not one flat
 * picture) and its opportunities and money; then risks and asks. Speaker notes carry the figures'
 * definitions. It reads only the review model, so what is redacted there is absent here.
 *
 * Fonts: a .pptx cannot carry fonts through pptxgenjs, so the deck names 微软雅黑 (Microsoft YaHei),
 * which every Chinese office PC has and WPS maps on Linux and macOS; every run also names it as its
 * East Asian typeface (<a:ea>), without which PowerPoint on macOS and WPS show CJK as boxes.
 */
import type { TFunction } from 'i18next';
import type PptxGenJS from 'pptxgenjs';
import { MATRIX_QUADRANTS, type MatrixQuadrant } from '../../shared/domain/codes';
import { fromMinorUnits } from '../../shared/domain/money';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { collectionState } from '../../shared/methods/collection';
import { keyPersonState } from '../../shared/methods/decisionChainHealth';
import { reportingLinePoints } from '../../shared/methods/decisionChainLayout';
import { chainOverview } from '../../shared/report/chainOverview';
import { chainPages, type ChainPage, type ChainPageSpec } from '../../shared/report/chainPages';
import { asksOf, rankChaptersByRisk, rankRisks, reviewParts, type AccountChapter, type RiskItem } from '../../shared/report/reviewChapters';
import type { OwnerLine, ReviewModel } from '../../shared/report/reviewModel';
import type { ReviewRequest } from '../../shared/report/reviewRequest';
import { changeText } from '../i18n/changeText';
import { gapText } from '../i18n/gapText';
import { cutToWidth, ROLE_BADGES, ROLE_COLORS, STANCE_COLORS, STANCE_GLYPHS } from '../drawing/chartVisuals';
import { reportFormat, riskText, type ReportFormat } from './reportFormat';

export const DECK_FONT = 'Microsoft YaHei';
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const W = 13.33;
const NAVY = '001529';
const GREY = '8C8C8C';
/** Rows per table slide: more does not fit a 16:9 slide at a readable size. */
const ROWS_PER_SLIDE = 12;
/** The most slides the meeting's deck has (the appendix comes on top, when asked for). */
export const DECK_LIMIT = 25;
/** Plan rows that fit on an account's slide between its facts and its barriers. */
const PLAN_ROWS_WITH_FACTS = 8;

type Slide = PptxGenJS.Slide;
type TableRow = PptxGenJS.TableRow;

const hex = (color: string) => color.replace('#', '').toUpperCase();

interface Deck {
  pptx: PptxGenJS;
  f: ReportFormat;
  lang: string;
  today: string;
  riskMargin: number;
  text: PptxGenJS.TextPropsOptions;
}

function titled(deck: Deck, title: string, notes?: string): Slide {
  const slide = deck.pptx.addSlide();
  slide.addText(title, { ...deck.text, x: 0.5, y: 0.3, w: W - 1, h: 0.7, fontSize: 24, bold: true, color: NAVY });
  slide.addShape(deck.pptx.ShapeType.line, { x: 0.5, y: 1.0, w: W - 1, h: 0, line: { color: '1677FF', width: 2 } });
  if (notes !== undefined) slide.addNotes(notes);
  return slide;
}

function table(deck: Deck, slide: Slide, header: string[], rows: (string | number)[][], numeric: boolean[], y = 1.2, h?: number) {
  const cell = (value: string | number, i: number, head: boolean): PptxGenJS.TableCell => ({
    text: String(value),
    options: { bold: head, fill: head ? { color: 'F0F5FF' } : undefined, align: numeric[i] ? 'right' : 'left', ...deck.text, fontSize: 11 },
  });
  const body: TableRow[] = [header.map((v, i) => cell(v, i, true)), ...rows.map((r) => r.map((v, i) => cell(v, i, false)))];
  slide.addTable(body, { x: 0.5, y, w: W - 1, ...(h === undefined ? {} : { h }), border: { type: 'solid', pt: 0.5, color: 'E8E8E8' }, autoPage: false });
}

/** A table over as many slides as it needs, the header on each. */
function tableSlides(deck: Deck, title: string, header: string[], rows: (string | number)[][], numeric: boolean[], notes?: string) {
  for (let start = 0; start === 0 || start < rows.length; start += ROWS_PER_SLIDE) {
    const page = rows.length > ROWS_PER_SLIDE ? ` (${Math.floor(start / ROWS_PER_SLIDE) + 1}/${Math.ceil(rows.length / ROWS_PER_SLIDE)})` : '';
    table(deck, titled(deck, title + page, notes), header, rows.slice(start, start + ROWS_PER_SLIDE), numeric);
  }
}

function cover(deck: Deck, model: ReviewModel, request: ReviewRequest) {
  const { f } = deck;
  const slide = deck.pptx.addSlide();
  slide.background = { color: NAVY };
  slide.addText(f.t('app.name'), { ...deck.text, x: 0.8, y: 1.4, w: W - 1.6, h: 0.5, fontSize: 16, color: '69B1FF', bold: true });
  slide.addText(f.t('review.report.title', { year: model.year }), { ...deck.text, x: 0.8, y: 2.0, w: W - 1.6, h: 1.2, fontSize: 40, color: 'FFFFFF', bold: true });
  const scope = f.t('review.report.scope', { count: model.accounts.length, names: model.accounts.slice(0, 10).map((a) => a.name).join('、') });
  const lines = [scope, `${f.t('review.report.date')}：${model.today}`, ...(request.preparedBy === '' ? [] : [`${f.t('review.report.preparedBy')}：${request.preparedBy}`])];
  slide.addText(lines.join('\n'), { ...deck.text, x: 0.8, y: 3.6, w: W - 1.6, h: 2, fontSize: 16, color: 'D9D9D9', valign: 'top' });
}

function summary(deck: Deck, model: ReviewModel, overdue: number, nrr: number | null) {
  const { f } = deck;
  const { totals } = model;
  const definitions = f.t('review.report.riskRule', { percent: model.riskMarginPercent });
  const slide = titled(deck, f.t('review.report.summary'), definitions);
  const kpis: [string, string][] = [
    [f.t('review.columns.target'), f.compact(totals.target)],
    [f.t('review.columns.weighted'), f.compact(totals.weighted)],
    [f.t('review.columns.won'), f.compact(totals.won)],
    [f.t('review.columns.coverage'), f.percent(totals.coverage)],
    [f.t('review.columns.gap'), totals.gap > 0 ? f.compact(totals.gap) : '—'],
    [f.t('review.columns.overdue'), f.compact(overdue)],
    [f.t('review.report.nrr'), f.percent(nrr)],
  ];
  const boxW = (W - 1 - 0.2 * (kpis.length - 1)) / kpis.length;
  kpis.forEach(([label, value], i) => {
    const x = 0.5 + i * (boxW + 0.2);
    slide.addText(
      [
        { text: value, options: { ...deck.text, fontSize: 22, bold: true, color: NAVY, breakLine: true } },
        { text: label, options: { ...deck.text, fontSize: 11, color: '595959' } },
      ],
      { shape: deck.pptx.ShapeType.roundRect, x, y: 1.5, w: boxW, h: 1.4, align: 'center', valign: 'middle', fill: { color: 'FFFFFF' }, line: { color: 'D9D9D9', width: 1 }, rectRadius: 0.08 },
    );
  });
  slide.addText(definitions, { ...deck.text, x: 0.5, y: 3.2, w: W - 1, h: 0.8, fontSize: 12, color: GREY });
}

function ownerChart(deck: Deck, model: ReviewModel) {
  const { f } = deck;
  const name = (l: OwnerLine) => f.owner(l.ownerId);
  const unit = chartUnit(deck.lang);
  const major = (minor: number) => Math.round((fromMinorUnits(minor, model.currency) / unit.divisor) * 10) / 10;
  const slide = titled(deck, f.t('review.report.byOwnerChart'), f.t('review.report.riskRule', { percent: model.riskMarginPercent }));
  const labels = model.owners.map(name);
  slide.addChart(
    deck.pptx.ChartType.bar,
    [
      { name: f.t('review.columns.target'), labels, values: model.owners.map((l) => major(l.target)) },
      { name: f.t('review.columns.weighted'), labels, values: model.owners.map((l) => major(l.weighted)) },
      { name: f.t('review.columns.won'), labels, values: model.owners.map((l) => major(l.won)) },
    ],
    {
      x: 0.5,
      y: 1.2,
      w: W - 1,
      h: 5.8,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: ['8C8C8C', '1677FF', '389E0D'],
      showLegend: true,
      legendPos: 't',
      legendFontFace: DECK_FONT,
      catAxisLabelFontFace: DECK_FONT,
      valAxisLabelFontFace: DECK_FONT,
      valAxisLabelFormatCode: '#,##0.#',
      showValAxisTitle: true,
      valAxisTitle: f.t('review.report.inUnit', { unit: unit.label }),
      lang: deck.lang,
    },
  );
  const c = (key: 'owner' | 'accounts' | 'target' | 'weighted' | 'won' | 'coverage' | 'gap' | 'overdue') => f.t(`review.columns.${key}`);
  tableSlides(
    deck,
    f.t('review.report.summary'),
    [c('owner'), c('accounts'), c('target'), c('weighted'), c('won'), c('coverage'), c('gap'), c('overdue')],
    [...model.owners, model.totals].map((l) => [l === model.totals ? f.t('review.total') : name(l), l.accounts, f.compact(l.target), f.compact(l.weighted), f.compact(l.won), f.percent(l.coverage), l.gap > 0 ? f.compact(l.gap) : '—', f.compact(l.overdue)]),
    [false, true, true, true, true, true, true, true],
  );
}

/** Money on a chart's axis: 万 in Chinese, millions in English, so an axis reads 800 not 8,000,000. */
function chartUnit(lang: string): { divisor: number; label: string } {
  return lang.startsWith('zh') ? { divisor: 10_000, label: '万' } : { divisor: 1_000_000, label: 'M' };
}

const QUADRANT_FILLS: Record<MatrixQuadrant, string> = { CORE: '237804', GROWTH: '1677FF', TRACTION: 'D48806', PROBLEM: 'CF1322' };
/** Accounts named beside the matrix (the biggest potential first); the workbook lists them all. */
const MATRIX_NAMED = 15;

/**
 * The customer-analysis matrix as in the app: the four quadrants tinted and named behind a native,
 * editable scatter chart whose plot area is pinned (layout), cut lines drawn, potential in 万; each
 * account a numbered point, the numbers named in a list beside the chart (names on the points fell on
 * one another and were cut).
 */
function matrix(deck: Deck, model: ReviewModel, all: AccountChapter[]) {
  const { f } = deck;
  const unit = chartUnit(deck.lang);
  // Accounts whose potential is unknown have no place on the potential axis.
  const placed = all
    .flatMap((c) => (c.placement.potential === null || c.placement.effective === null ? [] : [{ chapter: c, potential: c.placement.potential, quadrant: c.placement.effective }]))
    .sort((a, b) => b.potential - a.potential);
  const toUnit = (minor: number) => fromMinorUnits(minor, model.currency) / unit.divisor;
  const cut = { relationship: model.settings.matrix.relationshipThreshold, potential: toUnit(model.settings.matrix.potentialThreshold) };
  const top = Math.max(cut.potential * 2, ...placed.map((p) => toUnit(p.potential) * 1.1));
  const slide = titled(deck, f.t('review.report.matrix'), f.t('review.report.matrixNotes', { relationship: cut.relationship, potential: f.compact(model.settings.matrix.potentialThreshold) }));
  const chart = { x: 0.4, y: 1.2, w: 8.4, h: 6.0 };
  const plot = { x: 0.12, y: 0.04, w: 0.84, h: 0.82 };
  const px = (relationship: number) => chart.x + chart.w * (plot.x + (plot.w * relationship) / 100);
  const py = (potential: number) => chart.y + chart.h * (plot.y + plot.h * (1 - potential / top));
  // The quadrants behind the chart, tinted and named in their outer corners.
  for (const q of MATRIX_QUADRANTS) {
    const high = q === 'CORE' || q === 'GROWTH';
    const strong = q === 'CORE' || q === 'TRACTION';
    const x0 = px(strong ? cut.relationship : 0);
    const x1 = px(strong ? 100 : cut.relationship);
    const y0 = py(high ? top : cut.potential);
    const y1 = py(high ? cut.potential : 0);
    slide.addShape(deck.pptx.ShapeType.rect, { x: x0, y: y0, w: x1 - x0, h: y1 - y0, fill: { color: QUADRANT_FILLS[q], transparency: 92 }, line: { color: QUADRANT_FILLS[q], transparency: 100 } });
    slide.addText(f.code('matrixQuadrant', q), { ...deck.text, x: strong ? x1 - 1.6 : x0 + 0.05, y: high ? y0 + 0.05 : y1 - 0.4, w: 1.55, h: 0.35, fontSize: 14, bold: true, color: QUADRANT_FILLS[q], align: strong ? 'right' : 'left' });
  }
  slide.addChart(
    deck.pptx.ChartType.scatter,
    [
      { name: f.t('review.report.relationship'), values: placed.map((p) => p.chapter.placement.relationship.level) },
      { name: f.t('review.report.potential'), values: placed.map((p) => Math.round(toUnit(p.potential) * 10) / 10), labels: placed.map((_, i) => (i < MATRIX_NAMED ? String(i + 1) : '')) },
    ],
    {
      ...chart,
      layout: plot,
      plotArea: { fill: { color: 'FFFFFF', transparency: 100 } },
      lineSize: 0,
      lineDataSymbolSize: 12,
      showLabel: true,
      dataLabelFormatScatter: 'custom',
      dataLabelPosition: 'r',
      dataLabelFontFace: DECK_FONT,
      dataLabelFontSize: 12,
      dataLabelFontBold: true,
      showValAxisTitle: true,
      valAxisTitle: f.t('review.report.potentialIn', { unit: unit.label }),
      showCatAxisTitle: true,
      catAxisTitle: f.t('review.report.relationship'),
      catAxisMinVal: 0,
      catAxisMaxVal: 100,
      valAxisMinVal: 0,
      valAxisMaxVal: top,
      valAxisLabelFormatCode: '#,##0',
      catAxisLabelFontFace: DECK_FONT,
      valAxisLabelFontFace: DECK_FONT,
      valGridLine: { style: 'none' },
      catGridLine: { style: 'none' },
      chartColors: ['1677FF'],
      lang: deck.lang,
    },
  );
  // The cut lines over the chart.
  const dash = { color: '595959', width: 1, dashType: 'dash' as const };
  slide.addShape(deck.pptx.ShapeType.line, { x: px(cut.relationship), y: py(top), w: 0, h: py(0) - py(top), line: dash });
  slide.addShape(deck.pptx.ShapeType.line, { x: px(0), y: py(cut.potential), w: px(100) - px(0), h: 0, line: dash });
  // Who is who: the numbers beside the chart, the biggest potential first.
  const named = placed.slice(0, MATRIX_NAMED).map((p, i) => [String(i + 1), p.chapter.account.name, f.code('matrixQuadrant', p.quadrant), f.compact(p.potential)]);
  if (named.length > 0)
    slide.addTable(
      [['#', f.t('review.columns.account'), f.t('review.report.quadrant'), f.t('review.report.potential')].map((text) => ({ text, options: { bold: true, fill: { color: 'F0F5FF' } } })), ...named.map((row) => row.map((text) => ({ text })))],
      { ...deck.text, x: 8.95, y: 1.2, w: W - 9.35, colW: [0.35, 1.65, 0.95, 1.03], fontSize: 10, border: { type: 'solid', pt: 0.5, color: 'E8E8E8' }, autoPage: false },
    );
  if (placed.length > MATRIX_NAMED) slide.addText(f.t('review.report.matrixMore', { count: placed.length - MATRIX_NAMED }), { ...deck.text, x: 8.95, y: 6.9, w: W - 9.35, h: 0.35, fontSize: 10, color: GREY });
}

/**
 * A chain slide's drawing area (inches, below the title and the health lines) and its cards: the
 * sample's 21 people fit one slide with each card at least 1.38 in (100 pt) wide, room for a 14-pt name
 * beside its role; a bigger chain goes over several slides by department (shared/report/chainPages.ts).
 */
const SLIDE_CARD = { width: 150, height: 70, gapX: 10, gapY: 30 };
export const SLIDE_CHAIN_PAGE: ChainPageSpec = { width: W - 0.8, height: 5.5, card: SLIDE_CARD, nameSize: SLIDE_CARD.width, minName: 1.38, maxScale: 1 / 60, overviewHeight: 0.85 };
/** The map of a split chain's parts at the top of its drawing area, in inches; labels at 10 pt. */
const SLIDE_STRIP = { width: SLIDE_CHAIN_PAGE.width, height: 0.75, gap: 0.15, labelHeight: 0.24 };
const CHAIN_TOP = 1.8;
/** Type on a chain slide, in pt: the name never below 14. */
export const SLIDE_NAME_PT = 14;
const SLIDE_DETAIL_PT = 9;

/** Text cut to `room` inches at `pt` points, so a card's line never wraps. */
const cut = (text: string, room: number, pt: number): string => cutToWidth(text, room * 72, pt);

/** One page of a chain as cards and right-angled lines (each card an editable shape, not a picture). */
function orgChart(deck: Deck, slide: Slide, page: ChainPage<Stakeholder>, split: boolean) {
  const { f } = deck;
  const { scale, bounds, layout } = page;
  const top = CHAIN_TOP + (split ? SLIDE_CHAIN_PAGE.overviewHeight : 0);
  const area = { x: 0.4, y: top, w: SLIDE_CHAIN_PAGE.width, h: SLIDE_CHAIN_PAGE.height };
  const left = area.x + (area.w - bounds.width * scale) / 2;
  const toSlide = (p: { x: number; y: number }) => ({ x: left + (p.x - bounds.x) * scale, y: area.y + (p.y - bounds.y) * scale });
  const line = { color: GREY, width: 0.75 };
  for (const p of page.people) {
    const bossId = layout.effectiveBoss.get(p.id) ?? null;
    const from = bossId === null ? undefined : layout.positions.get(bossId);
    const to = layout.positions.get(p.id);
    if (!from || !to) continue;
    const points = reportingLinePoints(from, to, layout.stacked.get(p.id), SLIDE_CARD.width, SLIDE_CARD.height, SLIDE_CARD.gapY).map(toSlide);
    points.slice(1).forEach((end, i) => {
      const start = points[i] ?? end;
      slide.addShape(deck.pptx.ShapeType.line, { x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), w: Math.abs(end.x - start.x), h: Math.abs(end.y - start.y), line });
    });
  }
  const cardW = SLIDE_CARD.width * scale;
  const room = cardW - 0.12;
  for (const p of page.people) {
    const at = layout.positions.get(p.id);
    if (!at) continue;
    const pos = toSlide(at);
    const stance = String(p.stance);
    const color = hex(STANCE_COLORS[stance] ?? '#8c8c8c');
    const role = ROLE_BADGES[p.buyingRole];
    const roleRoom = role === '' ? 0 : ((role.length + 2) * SLIDE_DETAIL_PT * 0.6) / 72;
    const run = (text: string, options: PptxGenJS.TextPropsOptions = {}) => ({ text, options: { ...deck.text, fontSize: SLIDE_DETAIL_PT, ...options } });
    slide.addText(
      [
        run(cut(p.placeholder ? f.t('review.vacantSeat') : p.name, room - roleRoom, SLIDE_NAME_PT), { bold: true, fontSize: SLIDE_NAME_PT, breakLine: role === '' }),
        ...(role === '' ? [] : [run(`  ${role}`, { color: hex(ROLE_COLORS[p.buyingRole]), bold: true, fontSize: SLIDE_DETAIL_PT, breakLine: true })]),
        run(cut([p.title, p.department].filter((s) => s !== '').join(' · ') || ' ', room, SLIDE_DETAIL_PT), { color: '595959', breakLine: true }),
        run(cut(`${STANCE_GLYPHS[stance] ?? ''} ${f.code('stance', p.stance)} · ${f.t('review.report.influence', { value: p.influence })}`, room, SLIDE_DETAIL_PT), { color }),
      ],
      {
        shape: deck.pptx.ShapeType.roundRect,
        x: pos.x,
        y: pos.y,
        w: cardW,
        h: SLIDE_CARD.height * scale,
        rectRadius: 0.05,
        fill: { color: 'FFFFFF' },
        line: { color: p.placeholder ? 'BFBFBF' : color, width: 1.5, dashType: p.placeholder ? 'dash' : 'solid' },
        margin: 3,
        valign: 'top',
      },
    );
  }
}

/** The parts of a split chain side by side as miniatures above its drawing, this slide's part in the accent colour. */
function partsMap(deck: Deck, slide: Slide, pages: readonly ChainPage<Stakeholder>[], current: number) {
  const { f } = deck;
  const x0 = 0.4;
  const drawHeight = SLIDE_STRIP.height - SLIDE_STRIP.labelHeight;
  chainOverview(pages, SLIDE_CARD, SLIDE_STRIP).forEach((part, i) => {
    const here = i === current;
    slide.addShape(deck.pptx.ShapeType.rect, { x: x0 + part.x, y: CHAIN_TOP, w: part.width, h: drawHeight, fill: { color: here ? 'E6F4FF' : 'FAFAFA' }, line: { color: here ? '1677FF' : 'D9D9D9', width: 0.75 } });
    for (const c of part.cards) slide.addShape(deck.pptx.ShapeType.rect, { x: x0 + c.x, y: CHAIN_TOP + c.y, w: c.width, h: c.height, fill: { color: here ? '1677FF' : 'BFBFBF' }, line: { type: 'none' } });
    const label = f.t('review.report.overviewPart', { n: part.n, departments: part.departments.map((d) => d || f.t('review.report.noDepartment')).join('、'), people: part.people });
    slide.addText(cut(label, part.width - 0.1, 10), { ...deck.text, x: x0 + part.x, y: CHAIN_TOP + drawHeight, w: part.width, h: SLIDE_STRIP.labelHeight, fontSize: 10, bold: here, color: here ? '0958D9' : '595959', margin: 1 });
  });
}

/** The chain's health in one line, as the side panel's head shows it: the support balance and each key role. */
function healthLine(f: ReportFormat, health: AccountChapter['health']): string {
  const b = health.balance;
  const balance =
    b.status === 'AHEAD' ? f.t('chain.health.summaryAhead', { margin: b.margin }) : b.status === 'BEHIND' ? f.t('chain.health.summaryBehind', { margin: -b.margin }) : f.t('chain.health.summaryEven');
  const roles = health.keyPeople.map((kp) => f.t('chain.health.kpChip', { role: kp.role, state: f.t(`chain.health.${keyPersonState(kp)}`) }));
  const gaps = health.gaps.length > 0 ? [f.t('review.report.gapCount', { count: health.gaps.length })] : [];
  return [balance, ...roles, ...gaps].join(' · ');
}

/** The account's plan and its chain: what the main deck shows of a top account. Returns the slides added. */
function accountSlides(deck: Deck, chapter: AccountChapter): number {
  const { f } = deck;
  const { account } = chapter;
  const facts = [f.code('tier', account.tier), account.industry, account.region, f.owner(account.ownerId), f.code('matrixQuadrant', chapter.placement.effective)].filter((s) => s !== '').join(' · ');
  const c = (key: 'product' | 'target' | 'weighted' | 'won' | 'coverage' | 'status' | 'gap' | 'opportunity' | 'stage' | 'amount' | 'expectedClose' | 'contract' | 'installment' | 'dueDate' | 'received' | 'collection') =>
    f.t(`review.columns.${key}`);

  // The account and its plan.
  const plan = titled(deck, account.name, `${facts}\n${f.t('review.report.riskRule', { percent: deck.riskMargin })}`);
  plan.addText(facts, { ...deck.text, x: 0.5, y: 1.1, w: W - 1, h: 0.4, fontSize: 13, color: GREY });
  const planHeader = [c('product'), c('target'), c('weighted'), c('won'), c('coverage'), c('status'), c('gap')];
  const planNumeric = [false, true, true, true, true, false, true];
  // The plan under the facts; a longer one shows its rows with the biggest gaps, and says where the rest are.
  const planFits = chapter.plan.length <= PLAN_ROWS_WITH_FACTS;
  const lines = planFits ? chapter.plan : [...chapter.plan].sort((a, b) => b.gap - a.gap).slice(0, PLAN_ROWS_WITH_FACTS - 1);
  const planRows = lines.map((l) => [l.row.product, f.money(l.row.target), f.money(l.weighted), f.money(l.won), f.percent(l.coverage), f.t(`plan.status.${l.status}`), l.gap > 0 ? f.money(l.gap) : '—']);
  if (!planFits) planRows.push([f.t('review.report.planMore', { count: chapter.plan.length - lines.length }), '', '', '', '', '', '']);
  if (planRows.length > 0) table(deck, plan, planHeader, planRows, planNumeric, 1.6);
  const barriers = chapter.barriers.slice(0, 4).map((b) => `${f.code('barrierType', b.type)}（${f.code('barrierStrategy', b.strategy)}）：${b.description}`);
  if (barriers.length > 0) plan.addText(`${f.t('review.report.barriers')}\n${barriers.join('\n')}`, { ...deck.text, x: 0.5, y: 5.4, w: W - 1, h: 1.8, fontSize: 12, valign: 'top' });
  if (!planFits) plan.addNotes(f.t('review.report.planInAppendix'));

  // The decision chain, with its balance in the notes.
  const b = chapter.health.balance;
  const balance = `${f.t('chain.health.support', { value: b.support })} · ${f.t('chain.health.opposition', { value: b.opposition })}`;
  const names = new Map(chapter.people.map((p) => [p.id, p.name]));
  const change = chapter.change
    ? [
        f.t('review.report.changeSince', { name: chapter.change.snapshot.name, date: chapter.change.snapshot.takenAt.slice(0, 10) }),
        ...chapter.change.diff.joined.map((p) => `${f.t('chain.snapshots.joined')}：${p.name}`),
        ...chapter.change.diff.left.map((p) => `${f.t('chain.snapshots.left')}：${p.name}`),
        ...chapter.change.diff.changed.map((c) => `${c.name}：${c.changes.map((x) => changeText(f.t, x, (id) => f.owner(id), (id) => names.get(id) ?? '')).join('；')}`),
      ]
    : [];
  // No people, no chain slide: an empty slide says nothing a meeting needs.
  const pages = chainPages(chapter.people, SLIDE_CHAIN_PAGE);
  const notes = [balance, f.t('review.report.chainNotes'), ...change].join('\n');
  const gaps = chapter.health.gaps.map((g) => gapText(f.t, g));
  pages.forEach((page, i) => {
    const part = pages.length > 1 ? ` · ${f.t('review.report.chainPart', { n: i + 1, total: pages.length, departments: page.departments.map((d) => d || f.t('review.report.noDepartment')).join('、') })}${i > 0 ? f.t('review.report.continued') : ''}` : '';
    const chain = titled(deck, `${f.t('review.report.chain', { name: account.name })}${part}`, [notes, ...gaps].join('\n'));
    // On the slide itself: the health, and what moved since the chosen review (all of it in the notes).
    chain.addText(healthLine(f, chapter.health), { ...deck.text, x: 0.5, y: 1.08, w: W - 1, h: 0.32, fontSize: 12, bold: true, color: chapter.health.balance.status === 'BEHIND' ? 'CF1322' : '389E0D' });
    if (change.length > 0) chain.addText(cut(change.join('；'), 2 * (W - 1) - 0.4, 11), { ...deck.text, x: 0.5, y: 1.38, w: W - 1, h: 0.4, fontSize: 11, color: '595959', valign: 'top' });
    if (pages.length > 1) partsMap(deck, chain, pages, i);
    orgChart(deck, chain, page, pages.length > 1);
  });
  return 1 + pages.length;
}

/** How many slides accountSlides takes for a chapter. */
const accountSlideCount = (chapter: AccountChapter) => 1 + chainPages(chapter.people, SLIDE_CHAIN_PAGE).length;

/** The appendix's slides for one account: the full plan when long, its opportunities and its money. */
function detailSlides(deck: Deck, chapter: AccountChapter) {
  const { f } = deck;
  const { account } = chapter;
  const c = (key: 'product' | 'target' | 'weighted' | 'won' | 'coverage' | 'status' | 'gap' | 'opportunity' | 'stage' | 'amount' | 'expectedClose' | 'contract' | 'installment' | 'dueDate' | 'received' | 'collection') =>
    f.t(`review.columns.${key}`);
  if (chapter.plan.length > PLAN_ROWS_WITH_FACTS)
    tableSlides(
      deck,
      `${account.name} · ${f.t('review.sheets.plan')}`,
      [c('product'), c('target'), c('weighted'), c('won'), c('coverage'), c('status'), c('gap')],
      chapter.plan.map((l) => [l.row.product, f.money(l.row.target), f.money(l.weighted), f.money(l.won), f.percent(l.coverage), f.t(`plan.status.${l.status}`), l.gap > 0 ? f.money(l.gap) : '—']),
      [false, true, true, true, true, false, true],
    );

  if (chapter.opportunities.length > 0)
    tableSlides(
      deck,
      `${account.name} · ${f.t('review.sheets.opportunities')}`,
      [c('opportunity'), c('stage'), c('amount'), c('expectedClose'), f.t('review.report.grade'), f.t('review.report.nextGradeNeeds')],
      chapter.opportunities.map((o) => [
        o.opportunity.name,
        f.code('funnelStage', o.opportunity.stage),
        f.money(o.opportunity.amount),
        o.opportunity.expectedClose ?? '—',
        o.grade.grade ? f.t('opportunities.grade', { grade: o.grade.grade }) : f.t('opportunities.ungraded'),
        o.grade.missing.map((m) => f.t(`opportunities.criteria.${m.criterion}`, { count: m.count ?? 0, days: m.days ?? 0 })).join('；'),
      ]),
      [false, false, true, false, false, false],
      f.t('review.report.gradeNotes'),
    );
  const installments = chapter.contracts.flatMap((contract) => contract.installments.map((installment) => ({ contract, installment })));
  if (installments.length > 0)
    tableSlides(
      deck,
      `${account.name} · ${f.t('review.sheets.installments')}`,
      [c('contract'), c('installment'), c('amount'), c('dueDate'), c('received'), c('collection')],
      installments.map(({ contract, installment }) => [
        contract.title,
        installment.label || f.code('installmentStage', installment.stage),
        f.money(installment.amount),
        installment.dueDate ?? '—',
        f.money(installment.received),
        f.t(`review.collection.${collectionState(installment, deck.today)}`),
      ]),
      [false, false, true, false, true, false],
    );
}

/** Every package part that names a Latin typeface names the East Asian one too; the theme's empty ones are filled. */
async function withEastAsianFonts(bytes: ArrayBuffer, lang: string): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    const file = zip.file(name);
    if (!file) continue;
    const xml = await file.async('string');
    const next = xml
      .replace(/<a:latin typeface="([^"]*)"([^>]*)\/>(?!<a:ea)/g, (_m, face: string, rest: string) => `<a:latin typeface="${face}"${rest}/><a:ea typeface="${face}"/>`)
      .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${DECK_FONT}"/>`)
      .replace(/lang="en-US"/g, `lang="${lang}"`);
    if (next !== xml) zip.file(name, next);
  }
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE' });
}

/** `onProgress`: account chapters drawn so far, of those in the pack. */
export async function reviewDeck(model: ReviewModel, request: ReviewRequest, t: TFunction, onProgress: (done: number, total: number) => void = () => undefined): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = request.preparedBy || 'Keyplan';
  pptx.title = t('review.report.title', { year: model.year });
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const lang = request.language;
  const f = reportFormat(model, t, lang);
  const deck: Deck = { pptx, f, lang, today: model.today, riskMargin: model.riskMarginPercent, text: { fontFace: DECK_FONT, lang } };
  const { chapters, picture, risks } = reviewParts(model);
  let appendixRisks: () => void = () => undefined;
  const on = (s: ReviewRequest['sections'][number]) => request.sections.includes(s);

  // The meeting's deck, at most DECK_LIMIT slides whatever the portfolio: the picture, then the accounts
  // with the most money at risk (plan and chain each), then the top risks and the asks. Everything else —
  // every other account, opportunities and money per account, the full risk list — is in the appendix
  // the person asks for, and always in the workbook.
  const ranked = rankRisks(risks);
  let slides = 0;
  if (on('cover')) {
    cover(deck, model, request);
    slides += 1;
  }
  if (on('summary')) {
    summary(deck, model, picture.overdue, picture.nrr);
    slides += 1;
    if (model.owners.length > 0) {
      ownerChart(deck, model);
      slides += 1;
    }
  }
  if (on('matrix') && chapters.length > 0) {
    matrix(deck, model, chapters);
    slides += 1;
  }
  const closing = on('risks') ? (ranked.length > 0 ? 2 : 1) : 0;
  const shown: AccountChapter[] = [];
  if (on('accounts')) {
    let room = DECK_LIMIT - slides - closing;
    for (const chapter of rankChaptersByRisk(chapters, risks)) {
      const needs = accountSlideCount(chapter);
      if (needs > room) break;
      room -= needs;
      shown.push(chapter);
    }
    shown.forEach((chapter, i) => {
      accountSlides(deck, chapter);
      onProgress(i + 1, request.deckAppendix ? chapters.length : shown.length);
    });
  }
  if (on('risks')) {
    const riskRow = (r: RiskItem) => [f.account(r.accountId), f.t(`review.report.riskKinds.${r.kind}`), riskText(f, r)];
    const riskHeader = [f.t('review.columns.account'), f.t('review.report.riskKind'), f.t('review.report.riskWhat')];
    if (ranked.length > 0) {
      const top = titled(deck, f.t('review.report.topRisks', { count: Math.min(ROWS_PER_SLIDE, ranked.length), total: ranked.length }), f.t('review.report.risksRanked'));
      table(deck, top, riskHeader, ranked.slice(0, ROWS_PER_SLIDE).map(riskRow), [false, false, false]);
    }
    const asks = asksOf(risks);
    const slide = titled(deck, f.t('review.report.asks'));
    slide.addText(asks.length > 0 ? asks.map((a) => ({ text: f.t(`review.report.ask.${a.key}`, { count: a.count, amount: f.money(a.amount) }), options: { ...deck.text, bullet: true, breakLine: true, fontSize: 20 } })) : f.t('review.report.noRisks'), {
      x: 0.8,
      y: 1.4,
      w: W - 1.6,
      h: 5,
      valign: 'top',
      ...deck.text,
    });
    if (request.deckAppendix && ranked.length > ROWS_PER_SLIDE) appendixRisks = () => tableSlides(deck, f.t('review.report.risks'), riskHeader, ranked.map(riskRow), [false, false, false]);
  }
  if (request.deckAppendix) {
    const divider = deck.pptx.addSlide();
    divider.addText(f.t('review.report.appendix'), { ...deck.text, x: 0.5, y: 3, w: W - 1, h: 1, fontSize: 32, bold: true, color: NAVY, align: 'center' });
    if (on('accounts')) {
      const rest = chapters.filter((c) => !shown.includes(c));
      for (const chapter of shown) detailSlides(deck, chapter);
      rest.forEach((chapter, i) => {
        accountSlides(deck, chapter);
        detailSlides(deck, chapter);
        onProgress(shown.length + i + 1, chapters.length);
      });
    }
    appendixRisks();
  }
  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return withEastAsianFonts(bytes, lang);
}
