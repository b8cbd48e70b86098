/**
 * The small map at the top of each page of a chain split over several pages or slides: every part
 * side by side as a miniature of its cards, the part on this page marked, each labelled with its
 * number, departments and head count — so a reader of page 2 of 3 sees the whole chain and where
 * this page sits in it. Names are not drawn in the miniature: the pages themselves carry them.
 */
import type { LayoutPerson } from '../methods/decisionChainLayout';
import type { ChainPage, ChainPageSpec } from './chainPages';

export interface OverviewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverviewPart extends OverviewBox {
  /** 1-based, as the part line says it. */
  n: number;
  departments: string[];
  people: number;
  /** The part's cards, scaled into its box. */
  cards: OverviewBox[];
}

/**
 * Lays the parts out in a strip `width` × `height` (the page's unit), `gap` between parts; each part's
 * miniature keeps its own proportions, centred in its share of the strip, `labelHeight` left below it.
 */
export function chainOverview<P extends LayoutPerson>(
  pages: readonly ChainPage<P>[],
  card: ChainPageSpec['card'],
  strip: { width: number; height: number; gap: number; labelHeight: number },
): OverviewPart[] {
  const share = (strip.width - strip.gap * (pages.length - 1)) / pages.length;
  const drawHeight = strip.height - strip.labelHeight;
  return pages.map((page, i) => {
    const { bounds } = page;
    const scale = Math.min(share / bounds.width, drawHeight / bounds.height);
    const x = i * (share + strip.gap);
    const left = x + (share - bounds.width * scale) / 2;
    const top = (drawHeight - bounds.height * scale) / 2;
    const cards = page.people.flatMap((p) => {
      const at = page.layout.positions.get(p.id);
      return at ? [{ x: left + (at.x - bounds.x) * scale, y: top + (at.y - bounds.y) * scale, width: card.width * scale, height: card.height * scale }] : [];
    });
    return { n: i + 1, x, y: 0, width: share, height: strip.height, departments: page.departments, people: page.people.length, cards };
  });
}
