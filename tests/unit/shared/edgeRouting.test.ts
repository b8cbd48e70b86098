import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, layoutDecisionChain, type LayoutPerson } from '../../../shared/methods/decisionChainLayout';
import { labelPoint, roundedPath, routeAroundCards, type Point, type Rect } from '../../../shared/methods/edgeRouting';

const card = (x: number, y: number): Rect => ({ x, y, width: CARD_WIDTH, height: CARD_HEIGHT });
// Where React Flow puts the link handles: just outside the right side, just inside the left side.
const outOf = (r: Rect): Point => ({ x: r.x + r.width + 3.5, y: r.y + r.height / 2 });
const into = (r: Rect): Point => ({ x: r.x + 1.5, y: r.y + r.height / 2 });

/** Does any straight run of the route pass through a card (its inside, not its edge)? */
function crossesACard(route: readonly Point[], cards: readonly Rect[], ends: readonly Rect[]): boolean {
  for (let k = 1; k < route.length; k++) {
    const a = route[k - 1]!;
    const b = route[k]!;
    // The stubs out of and into the handles touch their own card by design.
    const first = k === 1;
    const last = k === route.length - 1;
    for (const r of cards) {
      if ((first && r === ends[0]) || (last && r === ends[1])) continue;
      const left = Math.min(a.x, b.x);
      const right = Math.max(a.x, b.x);
      const top = Math.min(a.y, b.y);
      const bottom = Math.max(a.y, b.y);
      if (right > r.x && left < r.x + r.width && bottom > r.y && top < r.y + r.height) return true;
    }
  }
  return false;
}

const bends = (route: readonly Point[]) => route.length - 2;
const orthogonal = (route: readonly Point[]) => route.slice(1).every((p, k) => p.x === route[k]!.x || p.y === route[k]!.y);

describe('lines routed around cards', () => {
  it('runs straight between neighbours on one row', () => {
    const a = card(0, 0);
    const b = card(CARD_WIDTH + 28, 0);
    const route = routeAroundCards(outOf(a), into(b), [a, b])!;
    expect(route.every((p) => p.y === CARD_HEIGHT / 2)).toBe(true);
    expect(route[0]).toEqual(outOf(a));
    expect(route[route.length - 1]).toEqual(into(b));
  });

  it('goes round the cards in between to reach someone further along the row, or back to the left', () => {
    const row = [0, 1, 2, 3].map((k) => card(k * (CARD_WIDTH + 28), 0));
    // The check itself sees a straight line through the middle cards.
    expect(crossesACard([outOf(row[0]!), into(row[3]!)], row, [row[0]!, row[3]!])).toBe(true);
    const forward = routeAroundCards(outOf(row[0]!), into(row[3]!), row)!;
    expect(crossesACard(forward, row, [row[0]!, row[3]!])).toBe(false);
    expect(orthogonal(forward)).toBe(true);
    // Out to the right, over (or under) the row, down into the left side: four bends.
    expect(bends(forward)).toBe(4);
    const back = routeAroundCards(outOf(row[3]!), into(row[0]!), row)!;
    expect(crossesACard(back, row, [row[3]!, row[0]!])).toBe(false);
    expect(orthogonal(back)).toBe(true);
  });

  it('never crosses a card on a laid-out chart, between any two people', () => {
    const people: LayoutPerson[] = [{ id: 'p0', reportsToId: null, department: '', name: 'p0', collapsed: false }];
    for (let k = 1; k < 20; k++) people.push({ id: `p${k}`, reportsToId: `p${Math.floor((k - 1) / 3)}`, department: '', name: `p${k}`, collapsed: false });
    const layout = layoutDecisionChain(people);
    const rects = new Map([...layout.positions].map(([id, at]) => [id, card(at.x, at.y)]));
    const all = [...rects.values()];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 19 }), (i, j) => {
        fc.pre(i !== j);
        const a = rects.get(`p${i}`)!;
        const b = rects.get(`p${j}`)!;
        const route = routeAroundCards(outOf(a), into(b), all);
        expect(route).not.toBeNull();
        expect(orthogonal(route!)).toBe(true);
        expect(crossesACard(route!, all, [a, b])).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  it('keeps the clearance from cards it passes', () => {
    const a = card(0, 0);
    const wall = card(300, 0);
    const b = card(600, 0);
    const route = routeAroundCards(outOf(a), into(b), [a, wall, b], { clearance: 12, clearanceY: 20 })!;
    const inner = route.slice(1, -1);
    expect(inner.some((p) => p.y === wall.y - 20 || p.y === wall.y + wall.height + 20)).toBe(true);
    for (const p of inner) {
      const inside = p.x > wall.x - 12 && p.x < wall.x + wall.width + 12 && p.y > wall.y - 20 && p.y < wall.y + wall.height + 20;
      expect(inside).toBe(false);
    }
  });

  it('gives up (the caller draws its usual curve) when a handle is buried under another card', () => {
    const a = card(0, 0);
    const b = card(600, 0);
    const over = card(CARD_WIDTH - 20, 0);
    expect(routeAroundCards(outOf(a), into(b), [a, over, b])).toBeNull();
  });

  it('routes on a 2,000-card chart by looking only near the two ends', () => {
    const cards: Rect[] = [];
    for (let k = 0; k < 2000; k++) cards.push(card((k % 50) * (CARD_WIDTH + 28), Math.floor(k / 50) * (CARD_HEIGHT + 64)));
    const a = cards[510]!;
    const b = cards[563]!;
    const route = routeAroundCards(outOf(a), into(b), cards);
    expect(route).not.toBeNull();
    expect(crossesACard(route!, cards, [a, b])).toBe(false);
  });

  it('draws rounded corners and puts a label on the longest horizontal run', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 20, y: 100 },
      { x: 300, y: 100 },
      { x: 300, y: 50 },
      { x: 320, y: 50 },
    ];
    const d = roundedPath(route, 8);
    expect(d.startsWith('M 0 0 L 12 0 Q 20 0 20 8')).toBe(true);
    expect(d.endsWith('L 320 50')).toBe(true);
    expect(labelPoint(route)).toEqual({ x: 160, y: 100 });
  });
});
