/** The deck's portfolio slides: cover, summary, target / weighted / won by owner (native bar chart), the customer-analysis matrix. */
import { MATRIX_QUADRANTS, type MatrixQuadrant } from '../../../shared/domain/codes';
import { fromMinorUnits } from '../../../shared/domain/money';
import type { AccountChapter } from '../../../shared/report/reviewChapters';
import type { OwnerLine, ReviewModel } from '../../../shared/report/reviewModel';
import type { ReviewRequest } from '../../../shared/report/reviewRequest';
import { DECK_FONT, type Deck, GREY, NAVY, W, tableSlides, titled } from './deckKit';

export function cover(deck: Deck, model: ReviewModel, request: ReviewRequest) {
  const { f } = deck;
  const slide = deck.pptx.addSlide();
  slide.background = { color: NAVY };
  slide.addText(f.t('app.name'), { ...deck.text, x: 0.8, y: 1.4, w: W - 1.6, h: 0.5, fontSize: 16, color: '69B1FF', bold: true });
  slide.addText(f.t('review.report.title', { year: model.year }), { ...deck.text, x: 0.8, y: 2.0, w: W - 1.6, h: 1.2, fontSize: 40, color: 'FFFFFF', bold: true });
  const scope = f.t('review.report.scope', { count: model.accounts.length, names: model.accounts.slice(0, 10).map((a) => a.name).join('、') });
  const lines = [scope, `${f.t('review.report.date')}：${model.today}`, ...(request.preparedBy === '' ? [] : [`${f.t('review.report.preparedBy')}：${request.preparedBy}`])];
  slide.addText(lines.join('\n'), { ...deck.text, x: 0.8, y: 3.6, w: W - 1.6, h: 2, fontSize: 16, color: 'D9D9D9', valign: 'top' });
}

export function summary(deck: Deck, model: ReviewModel, overdue: number, nrr: number | null) {
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

export function ownerChart(deck: Deck, model: ReviewModel) {
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
export function matrix(deck: Deck, model: ReviewModel, all: AccountChapter[]) {
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
