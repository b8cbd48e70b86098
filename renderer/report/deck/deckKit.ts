/** The deck's common parts: its size and colours, the deck being built, a titled slide, tables over slides, text cut to fit. */
import type PptxGenJS from 'pptxgenjs';
import type { ReportFormat } from '../reportFormat';
import { cutToWidth } from '../../drawing/chartVisuals';

export const DECK_FONT = 'Microsoft YaHei';
export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
export const W = 13.33;
export const NAVY = '001529';
export const GREY = '8C8C8C';
/** Rows per table slide: more does not fit a 16:9 slide at a readable size. */
export const ROWS_PER_SLIDE = 12;
/** The most slides the meeting's deck has (the appendix comes on top, when asked for). */
export const DECK_LIMIT = 25;
/** Plan rows that fit on an account's slide between its facts and its barriers. */
export const PLAN_ROWS_WITH_FACTS = 8;

export type Slide = PptxGenJS.Slide;
type TableRow = PptxGenJS.TableRow;

export const hex = (color: string) => color.replace('#', '').toUpperCase();

export interface Deck {
  pptx: PptxGenJS;
  f: ReportFormat;
  lang: string;
  today: string;
  riskMargin: number;
  text: PptxGenJS.TextPropsOptions;
}

export function titled(deck: Deck, title: string, notes?: string): Slide {
  const slide = deck.pptx.addSlide();
  slide.addText(title, { ...deck.text, x: 0.5, y: 0.3, w: W - 1, h: 0.7, fontSize: 24, bold: true, color: NAVY });
  slide.addShape(deck.pptx.ShapeType.line, { x: 0.5, y: 1.0, w: W - 1, h: 0, line: { color: '1677FF', width: 2 } });
  if (notes !== undefined) slide.addNotes(notes);
  return slide;
}

export function table(deck: Deck, slide: Slide, header: string[], rows: (string | number)[][], numeric: boolean[], y = 1.2, h?: number) {
  const cell = (value: string | number, i: number, head: boolean): PptxGenJS.TableCell => ({
    text: String(value),
    options: { bold: head, fill: head ? { color: 'F0F5FF' } : undefined, align: numeric[i] ? 'right' : 'left', ...deck.text, fontSize: 11 },
  });
  const body: TableRow[] = [header.map((v, i) => cell(v, i, true)), ...rows.map((r) => r.map((v, i) => cell(v, i, false)))];
  slide.addTable(body, { x: 0.5, y, w: W - 1, ...(h === undefined ? {} : { h }), border: { type: 'solid', pt: 0.5, color: 'E8E8E8' }, autoPage: false });
}

/** A table over as many slides as it needs, the header on each. */
export function tableSlides(deck: Deck, title: string, header: string[], rows: (string | number)[][], numeric: boolean[], notes?: string) {
  for (let start = 0; start === 0 || start < rows.length; start += ROWS_PER_SLIDE) {
    const page = rows.length > ROWS_PER_SLIDE ? ` (${Math.floor(start / ROWS_PER_SLIDE) + 1}/${Math.ceil(rows.length / ROWS_PER_SLIDE)})` : '';
    table(deck, titled(deck, title + page, notes), header, rows.slice(start, start + ROWS_PER_SLIDE), numeric);
  }
}

/** Text cut to `room` inches at `pt` points, so a card's line never wraps. */
export const cut = (text: string, room: number, pt: number): string => cutToWidth(text, room * 72, pt);
