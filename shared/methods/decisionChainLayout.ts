/**
 * Automatic layout of a decision chain: a top-down tidy tree along the reporting lines.
 *
 * - People whose boss is unknown (no `reportsToId`, or a boss not in the chain) are roots; several
 *   roots sit side by side under an invisible super-root, so a forest lays out as one picture.
 * - A reporting cycle cannot be stored (edits and imports refuse it), but the layout must never hang
 *   on one: the cycle is cut at its first member in input order, which then becomes a root.
 * - Collapsed people keep their card; everyone below them is hidden and takes no room.
 * - With `groupByDepartment`, each department is laid out as its own forest (a person whose boss is
 *   in another department starts a tree there) and the departments sit side by side in frames.
 *   Rows stay aligned to the global reporting depth, so a department's head stays level with peers.
 *
 * d3-hierarchy's `tree()` is Reingold–Tilford in linear time; 2,000 people lay out in a few ms.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';

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
  frames: DepartmentFrame[];
}

export const CARD_WIDTH = 224;
export const CARD_HEIGHT = 112;
const DEFAULTS = { nodeWidth: CARD_WIDTH, nodeHeight: CARD_HEIGHT, gapX: 28, gapY: 64 };
const FRAME_PADDING = 24;
const FRAME_GAP = 56;

interface TreeNode {
  id: string;
  children: TreeNode[];
}

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

export function layoutDecisionChain(people: readonly LayoutPerson[], options: LayoutOptions = {}): ChainLayout {
  const o = { ...DEFAULTS, ...options };
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

  const positions = new Map<string, { x: number; y: number }>();
  const frames: DepartmentFrame[] = [];
  const rowHeight = o.nodeHeight + o.gapY;
  const layoutTree = tree<TreeNode>().nodeSize([o.nodeWidth + o.gapX, rowHeight]);
  let left = 0;

  for (const group of groups) {
    const inGroup = new Set(group.members.map((m) => m.id));
    const nodes = new Map<string, TreeNode>(group.members.map((m) => [m.id, { id: m.id, children: [] }]));
    const groupRoots: TreeNode[] = [];
    for (const m of [...group.members].sort(order)) {
      const node: TreeNode = nodes.get(m.id) ?? { id: m.id, children: [] };
      const bossNode = inGroup.has(boss.get(m.id) ?? '') ? nodes.get(boss.get(m.id) ?? '') : undefined;
      if (bossNode) bossNode.children.push(node);
      else groupRoots.push(node);
    }
    const laidOut = layoutTree(hierarchy<TreeNode>({ id: '', children: groupRoots }));
    let minX = Infinity;
    let maxX = -Infinity;
    let maxDepth = 0;
    let minDepth = Infinity;
    laidOut.each((n: HierarchyPointNode<TreeNode>) => {
      if (n.depth === 0) return;
      minX = Math.min(minX, n.x);
      maxX = Math.max(maxX, n.x);
      const d = depth.get(n.data.id) ?? 0;
      maxDepth = Math.max(maxDepth, d);
      minDepth = Math.min(minDepth, d);
    });
    if (minX === Infinity) continue;
    const shift = left + (o.groupByDepartment ? FRAME_PADDING : 0) - minX;
    laidOut.each((n) => {
      if (n.depth === 0) return;
      positions.set(n.data.id, { x: n.x + shift, y: (depth.get(n.data.id) ?? 0) * rowHeight });
    });
    const width = maxX - minX + o.nodeWidth;
    if (o.groupByDepartment) {
      frames.push({
        department: group.department,
        x: left,
        y: minDepth * rowHeight - FRAME_PADDING * 2,
        width: width + FRAME_PADDING * 2,
        height: (maxDepth - minDepth) * rowHeight + o.nodeHeight + FRAME_PADDING * 3,
      });
      left += width + FRAME_PADDING * 2 + FRAME_GAP;
    } else {
      left += width + o.gapX;
    }
  }
  return { positions, hidden, directReports, effectiveBoss: boss, frames };
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
