/**
 * Automatic layout of a decision chain, made for people to read at a glance, as org-chart tools draw:
 *
 * - Top-down along the reporting lines; a boss is centred over the people who report to them.
 * - **Leaves stack**: two or more people who report to one boss and have no reports of their own are
 *   not spread in a row but stacked in a column under the boss, hanging off a spine line down the
 *   boss's left (more than four: two columns either side of a spine down the boss's centre). A chain
 *   of a director, six managers and their staff is then about as wide as the managers' row instead
 *   of as wide as all the staff side by side — a 20-person chain comes out near a screen's 16:9
 *   instead of a thin strip, so it fits at a zoom where names can be read.
 *   A boss with reports of both kinds gets the leaves in such a column at the end of the row, off the bus.
 * - People whose boss is unknown (no `reportsToId`, or a boss not in the chain) are roots; several
 *   roots sit side by side, so a forest lays out as one picture.
 * - A reporting cycle cannot be stored (edits and imports refuse it), but the layout must never hang
 *   on one: the cycle is cut at its first member in input order, which then becomes a root.
 * - Collapsed people keep their card; everyone below them is hidden and takes no room.
 * - With `groupByDepartment`, each department is laid out as its own forest (a person whose boss is
 *   in another department starts a tree there) and the departments sit side by side in frames.
 *   Rows stay aligned to the global reporting depth, so a department's head stays level with peers.
 *
 * Subtrees are packed by their bounding boxes in linear time; 2,000 people lay out in a few ms. The
 * same layout serves the screen, the report and the deck (each with its own card size).
 */

export interface LayoutPerson {
  id: string;
  reportsToId: string | null;
  department: string;
  name: string;
  collapsed: boolean;
}

export interface LayoutOptions {
  groupByDepartment?: boolean;
  nodeWidth?: number;
  nodeHeight?: number;
  gapX?: number;
  gapY?: number;
}

export interface DepartmentFrame {
  department: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChainLayout {
  /** Top-left corner of every visible card. */
  positions: Map<string, { x: number; y: number }>;
  /** People folded away under a collapsed boss. */
  hidden: Set<string>;
  /** How many people report directly to each person (visible or not). */
  directReports: Map<string, number>;
  /** The boss each person is drawn under (null for roots, including cut cycles). */
  effectiveBoss: Map<string, string | null>;
  /**
   * People stacked under their boss (see above) and where their spine runs: `column` down the boss's
   * left, into the card's left side; `left` / `right` of a spine down the boss's centre, into the
   * card's facing side (reportingLinePath).
   */
  stacked: Map<string, Stacking>;
  frames: DepartmentFrame[];
}

export const CARD_WIDTH = 224;
export const CARD_HEIGHT = 112;
const DEFAULTS = { nodeWidth: CARD_WIDTH, nodeHeight: CARD_HEIGHT, gapX: 28, gapY: 64 };
const FRAME_PADDING = 24;
const FRAME_GAP = 56;
export type Stacking = 'column' | 'left' | 'right' | 'bus';
/** Fewest leaves under one boss that are stacked rather than spread in a row; most in one column. */
const STACK_FROM = 2;
const ONE_COLUMN_UP_TO = 4;
/** How far a stacked column is indented from its boss's left edge (the spine runs in the middle). */
export const STACK_INDENT_SHARE = 0.12;

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true });

/** Boss of each person after dropping unknown bosses and cutting cycles. */
export function effectiveBosses(people: readonly LayoutPerson[]): Map<string, string | null> {
  const ids = new Set(people.map((p) => p.id));
  const boss = new Map<string, string | null>();
  for (const p of people) boss.set(p.id, p.reportsToId !== null && ids.has(p.reportsToId) && p.reportsToId !== p.id ? p.reportsToId : null);
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of people) {
    const trail: string[] = [];
    let current: string | null = start.id;
    while (current !== null && !state.has(current)) {
      state.set(current, 'visiting');
      trail.push(current);
      current = boss.get(current) ?? null;
    }
    // Walked back into this trail: cut the loop at its first member in input order.
    if (current !== null && state.get(current) === 'visiting') {
      const loop = trail.slice(trail.indexOf(current));
      const order = new Map(people.map((p, i) => [p.id, i]));
      const first = loop.reduce((a, b) => ((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? a : b));
      boss.set(first, null);
    }
    for (const id of trail) state.set(id, 'done');
  }
  return boss;
}

/** Sizes the packer works with (the options filled in). */
interface Metrics {
  w: number;
  h: number;
  gapX: number;
  gapY: number;
  /** Between the centre spine and a column; a single column's indent; between two stacked cards. */
  spine: number;
  indent: number;
  stackGap: number;
}

/** A measured subtree: its width and where its head card's left edge sits within it. */
interface Box {
  id: string;
  width: number;
  head: number;
  /**
   * Stacked leaves (one column or two), or — `bus` — a boss's leaves stacked in a column beside its
   * other reports' subtrees (a box of its own in the row, with no card of its own), or children side by side.
   */
  comb: 'column' | 'two' | 'bus' | null;
  children: Box[];
}

function measure(id: string, kids: ReadonlyMap<string, string[]>, m: Metrics): Box {
  const childIds = kids.get(id) ?? [];
  const leaves = childIds.length >= STACK_FROM && childIds.every((c) => (kids.get(c) ?? []).length === 0);
  if (leaves) {
    const children = childIds.map((c): Box => ({ id: c, width: m.w, head: 0, comb: null, children: [] }));
    if (childIds.length <= ONE_COLUMN_UP_TO) return { id, width: m.w + m.indent, head: 0, comb: 'column', children };
    const width = 2 * (m.w + m.spine);
    return { id, width, head: width / 2 - m.w / 2, comb: 'two', children };
  }
  // Some reports have reports, some do not: those that do stand in the row, the others stack in a column
  // at its end, hanging off the row's bus line like a subtree.
  const isLeaf = (c: string) => (kids.get(c) ?? []).length === 0;
  const leafIds = childIds.filter(isLeaf);
  const children =
    leafIds.length >= STACK_FROM
      ? [
          ...childIds.filter((c) => !isLeaf(c)).map((c) => measure(c, kids, m)),
          { id: `\u0000bus:${id}`, width: m.w + m.indent, head: m.indent / 2 - m.w / 2, comb: 'bus' as const, children: leafIds.map((c): Box => ({ id: c, width: m.w, head: 0, comb: null, children: [] })) },
        ]
      : childIds.map((c) => measure(c, kids, m));
  if (children.length === 0) return { id, width: m.w, head: 0, comb: null, children };
  let left = 0;
  const centres: number[] = [];
  for (const child of children) {
    centres.push(left + child.head + m.w / 2);
    left += child.width + m.gapX;
  }
  const span = left - m.gapX;
  const head = ((centres[0] ?? 0) + (centres.at(-1) ?? 0)) / 2 - m.w / 2;
  // A head wider than its children's row (cannot happen with one card size, kept for safety) widens the box.
  const shift = Math.max(0, -head);
  return { id, width: Math.max(span + shift, head + shift + m.w), head: head + shift, comb: null, children };
}

interface Placed {
  positions: Map<string, { x: number; y: number }>;
  stacked: Map<string, Stacking>;
}

function place(box: Box, left: number, top: (id: string) => number, m: Metrics, out: Placed): void {
  if (box.comb === 'bus') {
    box.children.forEach((leaf, row) => {
      out.positions.set(leaf.id, { x: left + m.indent, y: top(leaf.id) + row * (m.h + m.stackGap) });
      out.stacked.set(leaf.id, 'bus');
    });
    return;
  }
  const y = top(box.id);
  out.positions.set(box.id, { x: left + box.head, y });
  const firstRow = y + m.h + m.gapY / 2;
  if (box.comb === 'column') {
    box.children.forEach((leaf, row) => {
      out.positions.set(leaf.id, { x: left + m.indent, y: firstRow + row * (m.h + m.stackGap) });
      out.stacked.set(leaf.id, 'column');
    });
    return;
  }
  if (box.comb === 'two') {
    // Reading order runs row by row, left then right of the spine.
    box.children.forEach((leaf, i) => {
      const side = i % 2 === 0 ? 'left' : 'right';
      out.positions.set(leaf.id, { x: side === 'left' ? left : left + m.w + 2 * m.spine, y: firstRow + Math.floor(i / 2) * (m.h + m.stackGap) });
      out.stacked.set(leaf.id, side);
    });
    return;
  }
  let x = left + (box.width - boxSpan(box, m)) / 2;
  for (const child of box.children) {
    place(child, x, top, m, out);
    x += child.width + m.gapX;
  }
}

function boxSpan(box: Box, m: Metrics): number {
  return box.children.reduce((sum, c) => sum + c.width, 0) + Math.max(0, box.children.length - 1) * m.gapX;
}

export function layoutDecisionChain(people: readonly LayoutPerson[], options: LayoutOptions = {}): ChainLayout {
  const o = { ...DEFAULTS, ...options };
  const m: Metrics = { w: o.nodeWidth, h: o.nodeHeight, gapX: o.gapX, gapY: o.gapY, spine: Math.max(12, o.gapX * 0.6), indent: Math.round(o.nodeWidth * STACK_INDENT_SHARE), stackGap: Math.max(8, o.gapY / 4) };
  const byId = new Map(people.map((p) => [p.id, p]));
  const boss = effectiveBosses(people);

  const reports = new Map<string, string[]>();
  for (const p of people) {
    const b = boss.get(p.id) ?? null;
    if (b !== null) pushTo(reports, b, p.id);
  }
  const directReports = new Map(people.map((p) => [p.id, reports.get(p.id)?.length ?? 0]));

  // Depth along the reporting line and visibility (hidden below a collapsed boss).
  const depth = new Map<string, number>();
  const hidden = new Set<string>();
  const roots = people.filter((p) => boss.get(p.id) === null);
  const stack = roots.map((r) => ({ id: r.id, d: 0, hiddenAbove: false }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { id, d, hiddenAbove } = item;
    depth.set(id, d);
    if (hiddenAbove) hidden.add(id);
    const foldsBelow = hiddenAbove || byId.get(id)?.collapsed === true;
    for (const child of reports.get(id) ?? []) stack.push({ id: child, d: d + 1, hiddenAbove: foldsBelow });
  }

  const order = (pa: LayoutPerson, pb: LayoutPerson) =>
    collator.compare(pa.department, pb.department) || collator.compare(pa.name, pb.name) || (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0);
  const visible = people.filter((p) => !hidden.has(p.id));
  const groups = o.groupByDepartment ? groupByDepartment(visible) : [{ department: '', members: visible }];

  const out: Placed = { positions: new Map(), stacked: new Map() };
  const frames: DepartmentFrame[] = [];
  const rowHeight = o.nodeHeight + o.gapY;
  const top = (id: string) => (depth.get(id) ?? 0) * rowHeight;
  let left = 0;

  for (const group of groups) {
    if (group.members.length === 0) continue;
    const inGroup = new Set(group.members.map((member) => member.id));
    const kids = new Map<string, string[]>();
    const groupRoots: string[] = [];
    for (const member of [...group.members].sort(order)) {
      const b = boss.get(member.id) ?? '';
      if (inGroup.has(b)) pushTo(kids, b, member.id);
      else groupRoots.push(member.id);
    }
    const start = left + (o.groupByDepartment ? FRAME_PADDING : 0);
    let x = start;
    for (const root of groupRoots) {
      const box = measure(root, kids, m);
      place(box, x, top, m, out);
      x += box.width + o.gapX;
    }
    const width = x - o.gapX - start;
    if (o.groupByDepartment) {
      const tops = group.members.map((member) => out.positions.get(member.id)?.y ?? 0);
      const minY = Math.min(...tops);
      const maxY = Math.max(...tops);
      frames.push({ department: group.department, x: left, y: minY - FRAME_PADDING * 2, width: width + FRAME_PADDING * 2, height: maxY - minY + o.nodeHeight + FRAME_PADDING * 3 });
      left += width + FRAME_PADDING * 2 + FRAME_GAP;
    } else {
      left += width + o.gapX;
    }
  }
  return { positions: out.positions, hidden, directReports, effectiveBoss: boss, stacked: out.stacked, frames };
}

/** Where a boss's reporting line leaves the card's bottom edge, from its left: the centre, or a column's spine. */
export function spineOffset(stacking: Stacking | undefined, w: number): number {
  return stacking === 'column' ? Math.round(w * STACK_INDENT_SHARE) / 2 : w / 2;
}

/**
 * The reporting line from a boss's card to a report's, as the corners of a polyline in chart
 * coordinates: down, across and down into the top of a card in a row; down the spine and across into
 * the side of a stacked card (along the row's bus first for a column at a row's end). Cards are
 * `w` × `h` at their top-left positions. The SVG drawers take reportingLinePath; the deck draws segments.
 */
export function reportingLinePoints(from: { x: number; y: number }, to: { x: number; y: number }, stacking: Stacking | undefined, w: number, h: number, gapY: number): { x: number; y: number }[] {
  const start = { x: from.x + spineOffset(stacking, w), y: from.y + h };
  const mid = to.y + h / 2;
  if (stacking === 'bus') {
    const spine = to.x - Math.round(w * STACK_INDENT_SHARE) / 2;
    return [start, { x: start.x, y: start.y + gapY / 2 }, { x: spine, y: start.y + gapY / 2 }, { x: spine, y: mid }, { x: to.x, y: mid }];
  }
  if (stacking) return [start, { x: start.x, y: mid }, { x: stacking === 'left' ? to.x + w : to.x, y: mid }];
  const bus = start.y + gapY / 2;
  return [start, { x: start.x, y: bus }, { x: to.x + w / 2, y: bus }, { x: to.x + w / 2, y: to.y }];
}

export function reportingLinePath(from: { x: number; y: number }, to: { x: number; y: number }, stacking: Stacking | undefined, w: number, h: number, gapY: number): string {
  const points = reportingLinePoints(from, to, stacking, w, h, gapY);
  // Every turn is a right angle: each step is vertical (same x) or horizontal.
  return points.map((p, i) => (i === 0 ? `M${p.x},${p.y}` : p.x === points[i - 1]?.x ? `V${p.y}` : `H${p.x}`)).join(' ');
}

/** Departments in a stable order (blank last), each with its members. */
function groupByDepartment(people: readonly LayoutPerson[]): { department: string; members: LayoutPerson[] }[] {
  const byDepartment = new Map<string, LayoutPerson[]>();
  for (const p of people) {
    const key = p.department.trim();
    pushTo(byDepartment, key, p);
  }
  return [...byDepartment.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)))
    .map(([department, members]) => ({ department, members }));
}

/** Every person below `id` along the (effective) reporting lines. */
export function descendantsOf(id: string, boss: ReadonlyMap<string, string | null>): Set<string> {
  const reports = new Map<string, string[]>();
  for (const [person, b] of boss) if (b !== null) pushTo(reports, b, person);
  const result = new Set<string>();
  const stack = [...(reports.get(id) ?? [])];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (result.has(next)) continue;
    result.add(next);
    stack.push(...(reports.get(next) ?? []));
  }
  return result;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
