/**
 * Lines drawn around cards, not under them: an orthogonal route from the right side of one card to
 * the left side of another that keeps `clearance` away from every card on the way.
 *
 * The route is searched on a sparse grid whose lines are the cards' sides pushed out by the
 * clearance (plus the two end points and a frame around them): every route that avoids rectangles can
 * be bent onto such lines, so the grid holds the shortest one. A* walks it with a price on each bend,
 * so a line turns as few times as it can — the way a person would draw it. Only cards near the two
 * ends take part (a frame a few cards wide around them), so a 2,000-card chart routes a line in about
 * the time a 20-card chart does; when no route exists inside the frame, the frame grows once, and
 * when there is still none the caller draws its usual curve.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RouteOptions {
  /** Distance kept from a card's sides (and the length of the stubs out of and into the handles). */
  clearance?: number;
  /**
   * Distance kept above and below a card: more than at the sides, so a line passing under a row
   * clears the cards' fold buttons and leaves its label room before the reporting lines' bus.
   */
  clearanceY?: number;
  /** How far around the two ends cards are considered, before it grows once. */
  reach?: number;
  /** A bend costs as much as this many pixels of line. */
  bendCost?: number;
  /** Above this many cards near the ends the search is not attempted (null). */
  maxObstacles?: number;
}

const DEFAULTS = { clearance: 12, clearanceY: 20, reach: 320, bendCost: 48, maxObstacles: 240 };

/** 0 right, 1 down, 2 left, 3 up. */
const STEPS = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
] as const;

/**
 * Route from `from` (a handle on a card's right side, the line leaves rightwards) to `to` (a handle
 * on a card's left side, the line arrives rightwards). Returns the corners including both handles,
 * or null when there is no clear route (an end inside another card, a crowd too large, no way out).
 */
export function routeAroundCards(from: Point, to: Point, cards: readonly Rect[], options: RouteOptions = {}): Point[] | null {
  const o = { ...DEFAULTS, ...options };
  return search(from, to, cards, o, o.reach) ?? search(from, to, cards, o, o.reach * 3);
}

type Block = { left: number; right: number; top: number; bottom: number };

function search(from: Point, to: Point, cards: readonly Rect[], o: typeof DEFAULTS, reach: number): Point[] | null {
  const c = o.clearance;
  const cy = o.clearanceY;
  const frame = {
    left: Math.min(from.x, to.x) - reach,
    right: Math.max(from.x, to.x) + reach,
    top: Math.min(from.y, to.y) - reach,
    bottom: Math.max(from.y, to.y) + reach,
  };
  // Cards pushed out by the clearance: a line may run along their edge, never inside.
  const blocks: Block[] = [];
  for (const r of cards) {
    const b = { left: r.x - c, right: r.x + r.width + c, top: r.y - cy, bottom: r.y + r.height + cy };
    if (b.right < frame.left || b.left > frame.right || b.bottom < frame.top || b.top > frame.bottom) continue;
    blocks.push(b);
    if (blocks.length > o.maxObstacles) return null;
  }
  // A handle sits on (or just inside) its card's edge: the line starts where that card's clearance
  // ends, straight out of the handle (and ends the same way into the other card).
  const around = (p: Point) => blocks.find((b) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom);
  const start = { x: around(from)?.right ?? from.x + c, y: from.y };
  const end = { x: around(to)?.left ?? to.x - c, y: to.y };
  const xs = uniqueSorted([start.x, end.x, frame.left, frame.right, ...blocks.flatMap((b) => [b.left, b.right])]);
  const ys = uniqueSorted([start.y, end.y, frame.top, frame.bottom, ...blocks.flatMap((b) => [b.top, b.bottom])]);
  const nx = xs.length;
  const ny = ys.length;
  // blocked[j * nx + i]: the point; east/south: the segment to the next point right or down.
  const blocked = new Uint8Array(nx * ny);
  const eastBlocked = new Uint8Array(nx * ny);
  const southBlocked = new Uint8Array(nx * ny);
  for (const b of blocks) {
    const i0 = lowerBound(xs, b.left);
    const i1 = lowerBound(xs, b.right);
    const j0 = lowerBound(ys, b.top);
    const j1 = lowerBound(ys, b.bottom);
    // Grid lines strictly inside the block are blocked; its sides (i0, i1, j0, j1) stay free.
    for (let j = j0 + 1; j < j1; j++) for (let i = i0; i < i1; i++) eastBlocked[j * nx + i] = 1;
    for (let j = j0; j < j1; j++) for (let i = i0 + 1; i < i1; i++) southBlocked[j * nx + i] = 1;
    for (let j = j0 + 1; j < j1; j++) for (let i = i0 + 1; i < i1; i++) blocked[j * nx + i] = 1;
  }
  const si = lowerBound(xs, start.x);
  const sj = lowerBound(ys, start.y);
  const ei = lowerBound(xs, end.x);
  const ej = lowerBound(ys, end.y);
  if (blocked[sj * nx + si] || blocked[ej * nx + ei]) return null;

  // A* over (point, direction of arrival); cost = length + bends.
  const states = nx * ny * 4;
  const best = new Float64Array(states).fill(Infinity);
  const cameFrom = new Int32Array(states).fill(-1);
  const heap = new MinHeap();
  // Typed-array and list reads inside the grid are always in range; `?? 0` only satisfies the type.
  const X = (i: number) => xs[i] ?? 0;
  const Y = (j: number) => ys[j] ?? 0;
  const h = (i: number, j: number) => Math.abs(X(i) - end.x) + Math.abs(Y(j) - end.y);
  const first = (sj * nx + si) * 4; // arriving rightwards: the stub out of the handle
  best[first] = 0;
  heap.push(first, h(si, sj));
  const goal = ej * nx + ei;
  let found = -1;
  while (heap.size > 0) {
    const state = heap.pop();
    // A finished route comes back out of the heap marked negative: nothing cheaper is left.
    if (state < 0) {
      found = -1 - state;
      break;
    }
    const point = state >> 2;
    const dir = state & 3;
    const cost = best[state] ?? Infinity;
    if (point === goal) {
      // The stub into the target runs rightwards: arriving any other way is one more bend.
      heap.push(-1 - state, cost + (dir === 0 ? 0 : o.bendCost));
      continue;
    }
    const i = point % nx;
    const j = (point - i) / nx;
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue; // never straight back
      const [dx, dy] = STEPS[d] ?? [0, 0];
      const ni = i + dx;
      const nj = j + dy;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const next = nj * nx + ni;
      if (blocked[next]) continue;
      if (dx !== 0 && eastBlocked[j * nx + Math.min(i, ni)]) continue;
      if (dy !== 0 && southBlocked[Math.min(j, nj) * nx + i]) continue;
      const length = Math.abs(X(ni) - X(i)) + Math.abs(Y(nj) - Y(j));
      const nextCost = cost + length + (d === dir ? 0 : o.bendCost);
      const nextState = next * 4 + d;
      if (nextCost >= (best[nextState] ?? Infinity)) continue;
      best[nextState] = nextCost;
      cameFrom[nextState] = state;
      heap.push(nextState, nextCost + h(ni, nj));
    }
  }
  if (found === -1) return null;
  const corners: Point[] = [to];
  for (let state = found; state !== -1; state = cameFrom[state] ?? -1) {
    const point = state >> 2;
    corners.push({ x: X(point % nx), y: Y(Math.floor(point / nx)) });
  }
  corners.push(from);
  return simplify(corners.reverse());
}

/** Drop points in the middle of a straight run (and repeats). */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (last && before && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

function uniqueSorted(values: number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v !== out[out.length - 1]) out.push(v);
  return out;
}

/** The index of the first value ≥ v (values sorted; v is always present here). */
function lowerBound(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? Infinity) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** SVG path data through the corners, each corner rounded (radius capped by the shorter side). */
export function roundedPath(points: readonly Point[], radius = 8): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const parts = [`M ${first.x} ${first.y}`];
  for (let k = 1; k < points.length - 1; k++) {
    const a = points[k - 1] ?? first;
    const b = points[k] ?? first;
    const c = points[k + 1] ?? last;
    const r = Math.min(radius, distance(a, b) / 2, distance(b, c) / 2);
    const inX = b.x - Math.sign(b.x - a.x) * r;
    const inY = b.y - Math.sign(b.y - a.y) * r;
    const outX = b.x + Math.sign(c.x - b.x) * r;
    const outY = b.y + Math.sign(c.y - b.y) * r;
    parts.push(`L ${inX} ${inY}`, `Q ${b.x} ${b.y} ${outX} ${outY}`);
  }
  parts.push(`L ${last.x} ${last.y}`);
  return parts.join(' ');
}

/** Where a label sits: the middle of the route's longest horizontal run (text reads along it). */
export function labelPoint(points: readonly Point[]): Point {
  let best: Point = points[0] ?? { x: 0, y: 0 };
  let longest = -1;
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] ?? best;
    const b = points[k] ?? best;
    const length = a.y === b.y ? Math.abs(b.x - a.x) : Math.abs(b.y - a.y) / 4; // vertical runs only as a last resort
    if (length > longest) {
      longest = length;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}

function distance(a: Point, b: Point): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

/** A binary heap of state numbers by priority. */
class MinHeap {
  private items: number[] = [];
  private keys: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, key: number): void {
    let k = this.items.length;
    this.items.push(item);
    this.keys.push(key);
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const parentKey = this.keys[parent] ?? -Infinity;
      if (parentKey <= key) break;
      this.items[k] = this.items[parent] ?? 0;
      this.keys[k] = parentKey;
      k = parent;
    }
    this.items[k] = item;
    this.keys[k] = key;
  }
  pop(): number {
    const top = this.items[0] ?? 0;
    const item = this.items.pop() ?? 0;
    const key = this.keys.pop() ?? 0;
    const n = this.items.length;
    if (n > 0) {
      let k = 0;
      for (;;) {
        const left = 2 * k + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && (this.keys[right] ?? Infinity) < (this.keys[left] ?? Infinity) ? right : left;
        const childKey = this.keys[child] ?? Infinity;
        if (childKey >= key) break;
        this.items[k] = this.items[child] ?? 0;
        this.keys[k] = childKey;
        k = child;
      }
      this.items[k] = item;
      this.keys[k] = key;
    }
    return top;
  }
}
