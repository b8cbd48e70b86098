/** A decision chain on slides: cards and reporting lines as editable shapes, the map of a split chain's parts, the health line. */
import type PptxGenJS from 'pptxgenjs';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { keyPersonState } from '../../../shared/methods/decisionChainHealth';
import { reportingLinePoints } from '../../../shared/methods/decisionChainLayout';
import { chainOverview } from '../../../shared/report/chainOverview';
import type { ChainPage, ChainPageSpec } from '../../../shared/report/chainPages';
import type { AccountChapter } from '../../../shared/report/reviewChapters';
import { ROLE_BADGES, ROLE_COLORS, STANCE_COLORS, STANCE_GLYPHS } from '../../drawing/chartVisuals';
import { overviewPartText, type ReportFormat } from '../reportFormat';
import { GREY, W, cut, hex, type Deck, type Slide } from './deckKit';

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
const SLIDE_NAME_PT = 14;
const SLIDE_DETAIL_PT = 9;


/** One page of a chain as cards and right-angled lines (each card an editable shape, not a picture). */
export function orgChart(deck: Deck, slide: Slide, page: ChainPage<Stakeholder>, split: boolean) {
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
export function partsMap(deck: Deck, slide: Slide, pages: readonly ChainPage<Stakeholder>[], current: number) {
  const { f } = deck;
  const x0 = 0.4;
  const drawHeight = SLIDE_STRIP.height - SLIDE_STRIP.labelHeight;
  chainOverview(pages, SLIDE_CARD, SLIDE_STRIP).forEach((part, i) => {
    const here = i === current;
    slide.addShape(deck.pptx.ShapeType.rect, { x: x0 + part.x, y: CHAIN_TOP, w: part.width, h: drawHeight, fill: { color: here ? 'E6F4FF' : 'FAFAFA' }, line: { color: here ? '1677FF' : 'D9D9D9', width: 0.75 } });
    for (const c of part.cards) slide.addShape(deck.pptx.ShapeType.rect, { x: x0 + c.x, y: CHAIN_TOP + c.y, w: c.width, h: c.height, fill: { color: here ? '1677FF' : 'BFBFBF' }, line: { type: 'none' } });
    const label = overviewPartText(f, part);
    slide.addText(cut(label, part.width - 0.1, 10), { ...deck.text, x: x0 + part.x, y: CHAIN_TOP + drawHeight, w: part.width, h: SLIDE_STRIP.labelHeight, fontSize: 10, bold: here, color: here ? '0958D9' : '595959', margin: 1 });
  });
}

/** The chain's health in one line, as the side panel's head shows it: the support balance and each key role. */
export function healthLine(f: ReportFormat, health: AccountChapter['health']): string {
  const b = health.balance;
  const balance =
    b.status === 'AHEAD' ? f.t('chain.health.summaryAhead', { margin: b.margin }) : b.status === 'BEHIND' ? f.t('chain.health.summaryBehind', { margin: -b.margin }) : f.t('chain.health.summaryEven');
  const roles = health.keyPeople.map((kp) => f.t('chain.health.kpChip', { role: kp.role, state: f.t(`chain.health.${keyPersonState(kp)}`) }));
  const gaps = health.gaps.length > 0 ? [f.t('review.report.gapCount', { count: health.gaps.length })] : [];
  return [balance, ...roles, ...gaps].join(' · ');
}
