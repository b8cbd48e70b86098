/**
 * How a decision chain goes onto paper or slides so every name can be read: the whole chain on one
 * page when its names come out at `minName` or more, else the departments shared out over pages
 * (consecutive departments together while they fit), a department too big for a page by branch,
 * each page saying which part it is. The report
 * and the deck use it with their own page size, card size and name size, over the same layout.
 */
import { layoutDecisionChain, type ChainLayout, type LayoutPerson } from '../methods/decisionChainLayout';

export interface ChainPageSpec {
  /** The drawing area, in the page's unit (pt for the PDF, inches for a slide). */
  width: number;
  height: number;
  card: { width: number; height: number; gapX: number; gapY: number };
  /** The name's font size in layout units, and the smallest it may come out at, in the page's unit. */
  nameSize: number;
  minName: number;
  /** The largest scale (layout unit → page unit): a small chain is not blown up. */
  maxScale: number;
  /** Kept free at the top of each page of a split chain for the map of its parts (chainOverview.ts). */
  overviewHeight: number;
}

export interface ChainPage<P extends LayoutPerson> {
  people: P[];
  /** The departments on this page; empty when the whole chain is on it. */
  departments: string[];
  layout: ChainLayout;
  /** Layout units → page units. */
  scale: number;
  bounds: { x: number; y: number; width: number; height: number };
}

function boundsOf(layout: ChainLayout, card: ChainPageSpec['card']): ChainPage<LayoutPerson>['bounds'] {
  const at = [...layout.positions.values()];
  const frames = layout.frames;
  const x = Math.min(...at.map((p) => p.x), ...frames.map((f) => f.x));
  const y = Math.min(...at.map((p) => p.y), ...frames.map((f) => f.y));
  const right = Math.max(...at.map((p) => p.x + card.width), ...frames.map((f) => f.x + f.width));
  const bottom = Math.max(...at.map((p) => p.y + card.height), ...frames.map((f) => f.y + f.height));
  return { x, y, width: right - x, height: bottom - y };
}

function pageOf<P extends LayoutPerson>(people: P[], departments: string[], spec: ChainPageSpec, grouped: boolean): ChainPage<P> {
  // Every card shows on paper: a branch folded on screen is open here.
  const layout = layoutDecisionChain(
    people.map((p) => ({ ...p, collapsed: false })),
    { groupByDepartment: grouped, nodeWidth: spec.card.width, nodeHeight: spec.card.height, gapX: spec.card.gapX, gapY: spec.card.gapY },
  );
  const bounds = boundsOf(layout, spec.card);
  const scale = Math.min(spec.maxScale, spec.width / bounds.width, spec.height / bounds.height);
  return { people, departments, layout, scale, bounds };
}

const readable = (page: ChainPage<LayoutPerson>, spec: ChainPageSpec) => page.scale * spec.nameSize >= spec.minName;

export function chainPages<P extends LayoutPerson>(people: readonly P[], whole: ChainPageSpec): ChainPage<P>[] {
  if (people.length === 0) return [];
  const onePage = pageOf([...people], [], whole, false);
  if (readable(onePage, whole)) return [onePage];
  // Split: each page keeps its top for the map of the parts.
  const spec = { ...whole, height: whole.height - whole.overviewHeight };
  // By department, in the order the grouped layout draws them (blank last).
  const order = pageOf([...people], [], spec, true).layout.frames.map((f) => f.department);
  const byDepartment = new Map(order.map((d) => [d, people.filter((p) => p.department.trim() === d)]));
  const pages: ChainPage<P>[] = [];
  let current: string[] = [];
  for (const department of order) {
    const next = [...current, department];
    const candidate = pageOf(next.flatMap((d) => byDepartment.get(d) ?? []), next, spec, true);
    if (current.length === 0 || readable(candidate, spec)) {
      current = next;
      continue;
    }
    pages.push(pageOf(current.flatMap((d) => byDepartment.get(d) ?? []), current, spec, true));
    current = [department];
  }
  if (current.length > 0) pages.push(pageOf(current.flatMap((d) => byDepartment.get(d) ?? []), current, spec, true));
  // A department still too big for one page goes on by branch.
  return pages.flatMap((page) => (readable(page, spec) ? [page] : byBranch(page.people, page.departments, spec)));
}

/**
 * A group of people too big for one page, by branch: first its heads and their direct reports (the top
 * of the tree), then each direct report's branch — the report again at its head, so the page says where
 * it continues from — branches packed together while they fit, a branch still too big split the same way.
 */
function byBranch<P extends LayoutPerson>(people: P[], departments: string[], spec: ChainPageSpec, depth = 0): ChainPage<P>[] {
  const ids = new Set(people.map((p) => p.id));
  const reports = new Map<string, P[]>();
  for (const p of people) if (p.reportsToId !== null && ids.has(p.reportsToId) && p.reportsToId !== p.id) reports.set(p.reportsToId, [...(reports.get(p.reportsToId) ?? []), p]);
  const heads = people.filter((p) => p.reportsToId === null || !ids.has(p.reportsToId) || p.reportsToId === p.id);
  const below = (root: P): P[] => {
    const out: P[] = [root];
    for (let i = 0; i < out.length; i += 1) out.push(...(reports.get(out[i]?.id ?? '') ?? []));
    return out;
  };
  const second = heads.flatMap((h) => reports.get(h.id) ?? []);
  const branches = second.map(below).filter((b) => b.length > 1);
  // Nothing to split by (a flat list, or too deep to go on): the page as it is.
  if (branches.length === 0 || depth > 4) return [pageOf(people, departments, spec, false)];
  const pages: ChainPage<P>[] = [pageOf([...heads, ...second], departments, spec, false)];
  let current: P[] = [];
  for (const branch of branches) {
    const next = [...current, ...branch];
    if (current.length === 0 || readable(pageOf(next, departments, spec, false), spec)) {
      current = next;
      continue;
    }
    pages.push(pageOf(current, departments, spec, false));
    current = branch;
  }
  if (current.length > 0) pages.push(pageOf(current, departments, spec, false));
  return pages.flatMap((page, i) => (i === 0 || readable(page, spec) ? [page] : byBranch(page.people, departments, spec, depth + 1)));
}
