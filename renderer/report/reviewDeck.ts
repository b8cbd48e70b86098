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
import { fromMinorUnits } from '../../shared/domain/money';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { collectionState } from '../../shared/methods/collection';
import { layoutDecisionChain } from '../../shared/methods/decisionChainLayout';
import { asksOf, reviewParts, type AccountChapter } from '../../shared/report/reviewChapters';
import type { OwnerLine, ReviewModel } from '../../shared/report/reviewModel';
import type { ReviewRequest } from '../../shared/report/reviewRequest';
import { changeText } from '../views/chains/panels/changeText';
import { ROLE_BADGES, ROLE_COLORS, STANCE_COLORS, STANCE_GLYPHS } from '../views/chains/chart/chartVisuals';
import { reportFormat, riskText, type ReportFormat } from './reportFormat';

export const DECK_FONT = 'Microsoft YaHei';
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const W = 13.33;
const NAVY = '001529';
const GREY = '8C8C8C';
/** Rows per table slide: more does not fit a 16:9 slide at a readable size. */
const ROWS_PER_SLIDE = 12;
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
  const major = (minor: number) => fromMinorUnits(minor, model.currency);
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
      valAxisLabelFormatCode: '#,##0',
      lang: deck.lang,
    },
  );
  const c = (key: 'owner' | 'accounts' | 'target' | 'weighted' | 'won' | 'coverage' | 'gap' | 'overdue') => f.t(`review.columns.${key}`);
  tableSlides(
    deck,
    f.t('review.report.summary'),
    [c('owner'), c('accounts'), c('target'), c('weighted'), c('won'), c('coverage'), c('gap'), c('overdue')],
    [...model.owners, model.totals].map((l) => [l === model.totals ? f.t('review.total') : name(l), l.accounts, f.money(l.target), f.money(l.weighted), f.money(l.won), f.percent(l.coverage), l.gap > 0 ? f.money(l.gap) : '—', f.money(l.overdue)]),
    [false, true, true, true, true, true, true, true],
  );
}

function matrix(deck: Deck, model: ReviewModel, all: AccountChapter[]) {
  const { f } = deck;
  // Accounts whose potential is unknown have no place on the potential axis.
  const chapters = all.flatMap((c) => (c.placement.potential === null ? [] : [{ ...c, potential: c.placement.potential }]));
  const slide = titled(deck, f.t('review.report.matrix'), f.t('review.report.matrixNotes', { relationship: model.settings.matrix.relationshipThreshold, potential: f.compact(model.settings.matrix.potentialThreshold) }));
  slide.addChart(
    deck.pptx.ChartType.scatter,
    [
      { name: f.t('review.report.relationship'), values: chapters.map((c) => c.placement.relationship.level) },
      { name: f.t('review.report.potential'), values: chapters.map((c) => fromMinorUnits(c.potential, model.currency)), labels: chapters.map((c) => c.account.name) },
    ],
    {
      x: 0.5,
      y: 1.2,
      w: W - 1,
      h: 5.8,
      lineSize: 0,
      lineDataSymbolSize: 10,
      showLabel: true,
      dataLabelFormatScatter: 'custom',
      dataLabelFontFace: DECK_FONT,
      showValAxisTitle: true,
      valAxisTitle: f.t('review.report.potential'),
      showCatAxisTitle: true,
      catAxisTitle: f.t('review.report.relationship'),
      catAxisMinVal: 0,
      catAxisMaxVal: 100,
      catAxisLabelFontFace: DECK_FONT,
      valAxisLabelFontFace: DECK_FONT,
      valAxisLabelFormatCode: '#,##0',
      chartColors: ['1677FF'],
      lang: deck.lang,
    },
  );
}

/** The chain as cards and elbow lines, fitted into the slide below the title. */
function orgChart(deck: Deck, slide: Slide, people: readonly Stakeholder[]) {
  const { f } = deck;
  const cardW = 176;
  const cardH = 78;
  const layout = layoutDecisionChain(
    people.map((p) => ({ id: p.id, reportsToId: p.reportsToId, department: p.department, name: p.name, collapsed: false })),
    { nodeWidth: cardW, nodeHeight: cardH, gapX: 16, gapY: 36 },
  );
  const points = [...layout.positions.values()];
  const minX = Math.min(...points.map((p) => p.x));
  const minY = Math.min(...points.map((p) => p.y));
  const width = Math.max(...points.map((p) => p.x)) - minX + cardW;
  const height = Math.max(...points.map((p) => p.y)) - minY + cardH;
  const area = { x: 0.4, y: 1.15, w: W - 0.8, h: 6.1 };
  const scale = Math.min(area.w / width, area.h / height, 1 / 60);
  const left = area.x + (area.w - width * scale) / 2;
  const at = (id: string) => {
    const p = layout.positions.get(id);
    return p ? { x: left + (p.x - minX) * scale, y: area.y + (p.y - minY) * scale } : null;
  };
  const line = { color: GREY, width: 0.75 };
  for (const p of people) {
    const bossId = layout.effectiveBoss.get(p.id) ?? null;
    const from = bossId === null ? null : at(bossId);
    const to = at(p.id);
    if (!from || !to) continue;
    const midY = from.y + (cardH + 18) * scale;
    const fromX = from.x + (cardW / 2) * scale;
    const toX = to.x + (cardW / 2) * scale;
    slide.addShape(deck.pptx.ShapeType.line, { x: fromX, y: from.y + cardH * scale, w: 0, h: midY - from.y - cardH * scale, line });
    slide.addShape(deck.pptx.ShapeType.line, { x: Math.min(fromX, toX), y: midY, w: Math.abs(toX - fromX), h: 0, line });
    slide.addShape(deck.pptx.ShapeType.line, { x: toX, y: midY, w: 0, h: to.y - midY, line });
  }
  const fontSize = Math.max(6, Math.min(12, Math.round(cardH * scale * 72 * 0.16)));
  for (const p of people) {
    const pos = at(p.id);
    if (!pos) continue;
    const stance = String(p.stance);
    const color = hex(STANCE_COLORS[stance] ?? '#8c8c8c');
    const role = ROLE_BADGES[p.buyingRole];
    const run = (text: string, options: PptxGenJS.TextPropsOptions = {}) => ({ text, options: { ...deck.text, fontSize, ...options } });
    slide.addText(
      [
        run(p.placeholder ? f.t('review.vacantSeat') : p.name, { bold: true, breakLine: role === '' }),
        ...(role === '' ? [] : [run(`  ${role}`, { color: hex(ROLE_COLORS[p.buyingRole]), bold: true, breakLine: true })]),
        run([p.title, p.department].filter((s) => s !== '').join(' · ') || ' ', { color: '595959', breakLine: true }),
        run(`${STANCE_GLYPHS[stance] ?? ''} ${f.code('stance', p.stance)} · ${f.t('review.report.influence', { value: p.influence })}`, { color, breakLine: true }),
        run(f.t('review.report.ownedBy', { owner: p.ownerId === null ? f.t('review.report.nobody') : f.owner(p.ownerId) }), { color: GREY }),
      ],
      {
        shape: deck.pptx.ShapeType.roundRect,
        x: pos.x,
        y: pos.y,
        w: cardW * scale,
        h: cardH * scale,
        rectRadius: 0.05,
        fill: { color: 'FFFFFF' },
        line: { color: p.placeholder ? 'BFBFBF' : color, width: 1.5, dashType: p.placeholder ? 'dash' : 'solid' },
        margin: 2,
        valign: 'top',
        fit: 'shrink',
      },
    );
  }
}

function accountSlides(deck: Deck, chapter: AccountChapter) {
  const { f } = deck;
  const { account } = chapter;
  const facts = [f.code('tier', account.tier), account.industry, account.region, f.owner(account.ownerId), f.code('matrixQuadrant', chapter.placement.effective)].filter((s) => s !== '').join(' · ');
  const c = (key: 'product' | 'target' | 'weighted' | 'won' | 'coverage' | 'status' | 'gap' | 'opportunity' | 'stage' | 'amount' | 'expectedClose' | 'contract' | 'installment' | 'dueDate' | 'received' | 'collection') =>
    f.t(`review.columns.${key}`);

  // The account and its plan.
  const plan = titled(deck, account.name, `${facts}\n${f.t('review.report.riskRule', { percent: deck.riskMargin })}`);
  plan.addText(facts, { ...deck.text, x: 0.5, y: 1.1, w: W - 1, h: 0.4, fontSize: 13, color: GREY });
  const planRows = chapter.plan.map((l) => [l.row.product, f.money(l.row.target), f.money(l.weighted), f.money(l.won), f.percent(l.coverage), f.t(`plan.status.${l.status}`), l.gap > 0 ? f.money(l.gap) : '—']);
  const planHeader = [c('product'), c('target'), c('weighted'), c('won'), c('coverage'), c('status'), c('gap')];
  const planNumeric = [false, true, true, true, true, false, true];
  // A plan that fits under the facts stays on the account's slide; a longer one gets slides of its own,
  // every row on one of them, and the account's slide says where it went.
  const planFits = planRows.length <= PLAN_ROWS_WITH_FACTS;
  if (planRows.length > 0 && planFits) table(deck, plan, planHeader, planRows, planNumeric, 1.6);
  if (!planFits) plan.addText(f.t('review.report.planFollows', { count: planRows.length }), { ...deck.text, x: 0.5, y: 1.7, w: W - 1, h: 0.5, fontSize: 16 });
  const barriers = chapter.barriers.slice(0, 4).map((b) => `${f.code('barrierType', b.type)}（${f.code('barrierStrategy', b.strategy)}）：${b.description}`);
  if (barriers.length > 0) plan.addText(`${f.t('review.report.barriers')}\n${barriers.join('\n')}`, { ...deck.text, x: 0.5, y: 5.4, w: W - 1, h: 1.8, fontSize: 12, valign: 'top' });
  if (!planFits) tableSlides(deck, `${account.name} · ${f.t('review.sheets.plan')}`, planHeader, planRows, planNumeric);

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
  const chain = titled(deck, f.t('review.report.chain', { name: account.name }), [balance, f.t('review.report.chainNotes'), ...change].join('\n'));
  if (chapter.people.length > 0) orgChart(deck, chain, chapter.people);
  else chain.addText(f.t('review.report.noPeople'), { ...deck.text, x: 0.5, y: 1.5, w: W - 1, h: 0.5, fontSize: 14, color: GREY });

  // Opportunities and money.
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
  const on = (s: ReviewRequest['sections'][number]) => request.sections.includes(s);

  if (on('cover')) cover(deck, model, request);
  if (on('summary')) {
    summary(deck, model, picture.overdue, picture.nrr);
    if (model.owners.length > 0) ownerChart(deck, model);
  }
  if (on('matrix') && chapters.length > 0) matrix(deck, model, chapters);
  if (on('accounts'))
    chapters.forEach((chapter, i) => {
      accountSlides(deck, chapter);
      onProgress(i + 1, chapters.length);
    });
  if (on('risks')) {
    tableSlides(deck, f.t('review.report.risks'), [f.t('review.columns.account'), f.t('review.report.riskKind'), f.t('review.report.riskWhat')], risks.map((r) => [f.account(r.accountId), f.t(`review.report.riskKinds.${r.kind}`), riskText(f, r)]), [false, false, false]);
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
  }
  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return withEastAsianFonts(bytes, lang);
}
