/**
 * From the stored chain to React Flow's nodes and edges: layout, manual positions, collapsed
 * subtrees, filters, highlights and comparison badges. Node data holds plain values only, so
 * nodes can be compared, copied and exported as they are; behaviour reaches the cards through ChartActionsContext.
 */
import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import type { BuyingRole } from '../../../../shared/domain/codes';
import type { ChainRecords } from '../../../../shared/domain/decisionChainEdits';
import type { InfluenceLink, Stakeholder } from '../../../../shared/domain/stakeholder';
import { CARD_HEIGHT, CARD_WIDTH, spineOffset, type ChainLayout, type LayoutPerson, type Stacking } from '../../../../shared/methods/decisionChainLayout';
import type { ChangeBadge } from '../../../../shared/methods/snapshotDiff';
import { LINK_COLORS, LINK_DASH, REPORTING_COLOR } from '../../../drawing/chartVisuals';
import type { SpineBus } from './SpineEdge';

/** The layout's default row gap (decisionChainLayout.ts), which a bus line runs halfway down. */
const GAP_Y = 64;

export interface StakeholderCardData extends Record<string, unknown> {
  person: Stakeholder;
  ownerName: string | null;
  directReports: number;
  dimmed: boolean;
  highlighted: boolean;
  badge: ChangeBadge | null;
}

export interface FrameData extends Record<string, unknown> {
  department: string;
}

export type StakeholderCardNode = Node<StakeholderCardData, 'stakeholder'>;
export type FrameNode = Node<FrameData, 'frame'>;
export type ChartNode = StakeholderCardNode | FrameNode;

export interface ChartFilters {
  stances: number[];
  roles: BuyingRole[];
  ownerIds: string[];
}

export const NO_FILTERS: ChartFilters = { stances: [], roles: [], ownerIds: [] };

export interface ChartOptions {
  groupByDepartment: boolean;
  showReporting: boolean;
  showInfluence: boolean;
  filters: ChartFilters;
  /** People to pick out (a health gap); everyone else is dimmed. Empty = no highlight. */
  highlight: ReadonlySet<string>;
  badges: ReadonlyMap<string, ChangeBadge>;
  ownerNames: ReadonlyMap<string, string>;
}

export function matchesFilters(person: Stakeholder, filters: ChartFilters): boolean {
  return (
    (filters.stances.length === 0 || filters.stances.includes(person.stance)) &&
    (filters.roles.length === 0 || filters.roles.includes(person.buyingRole)) &&
    (filters.ownerIds.length === 0 || (person.ownerId !== null && filters.ownerIds.includes(person.ownerId)))
  );
}

/**
 * The part of a chain the layout reads, as a string: a stance or note edit leaves it unchanged, so
 * the layout (memoised on it) is not recomputed for two thousand cards.
 */
export function layoutKey(people: readonly Stakeholder[]): string {
  return JSON.stringify(people.map((s) => [s.id, s.reportsToId, s.department, s.name, s.collapsed]));
}

export function layoutInput(key: string): LayoutPerson[] {
  const rows = JSON.parse(key) as [string, string | null, string, string, boolean][];
  return rows.map(([id, reportsToId, department, name, collapsed]) => ({ id, reportsToId, department, name, collapsed }));
}

/**
 * Where a card's four handles are (see StakeholderCard and chart.css: 224 × 112 card, 6 px stance
 * border on the left, 1 px elsewhere, 9 px handles centred on the padding box's edges). Giving them
 * to React Flow up front spares it rendering and measuring every card once before culling: on a
 * 2,000-person chart that first pass alone took over a second, and it came back after every edit.
 */
const HANDLE = 9;
const CARD_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };
const PADDING_BOX = { left: 6, top: 1, right: CARD_WIDTH - 1, bottom: CARD_HEIGHT - 1 };
const midX = (PADDING_BOX.left + PADDING_BOX.right) / 2;
const midY = (PADDING_BOX.top + PADDING_BOX.bottom) / 2;
const at = (x: number, y: number) => ({ x: x - HANDLE / 2, y: y - HANDLE / 2, width: HANDLE, height: HANDLE });
export const CARD_HANDLES: NonNullable<Node['handles']> = [
  { id: 'boss', type: 'target', position: Position.Top, ...at(midX, PADDING_BOX.top) },
  { id: 'report', type: 'source', position: Position.Bottom, ...at(midX, PADDING_BOX.bottom) },
  { id: 'link-in', type: 'target', position: Position.Left, ...at(PADDING_BOX.left, midY) },
  { id: 'link-out', type: 'source', position: Position.Right, ...at(PADDING_BOX.right, midY) },
  // A stacked column's spine (chart.css .kp-handle--spine: 13 px from the card's left edge) and the sides it enters.
  { id: 'report-spine', type: 'source', position: Position.Bottom, ...at(spineOffset('column', CARD_WIDTH), PADDING_BOX.bottom) },
  { id: 'boss-left', type: 'target', position: Position.Left, ...at(PADDING_BOX.left, midY) },
  { id: 'boss-right', type: 'target', position: Position.Right, ...at(PADDING_BOX.right, midY) },
];

/** How a report's line meets its boss: into the top of a card in a row, or off a spine into a stacked card's side. */
function reportingHandles(stacking: Stacking | undefined): Pick<Edge, 'sourceHandle' | 'targetHandle' | 'type' | 'data'> {
  if (stacking === undefined) return { sourceHandle: 'report', targetHandle: 'boss', type: 'smoothstep' };
  // A column at the end of a row is reached along the row's bus, then down its own spine (SpineEdge).
  const bus: SpineBus | undefined = stacking === 'bus' ? { drop: GAP_Y / 2, inset: spineOffset('column', CARD_WIDTH) } : undefined;
  return { sourceHandle: stacking === 'column' ? 'report-spine' : 'report', targetHandle: stacking === 'left' ? 'boss-right' : 'boss-left', type: 'spine', data: bus && { bus } };
}

/**
 * The node built for a person last time, reused while nothing it shows has changed: React Flow
 * skips nodes whose object is the same, so an edit re-processes one card, not two thousand.
 */
const nodeCache = new WeakMap<Stakeholder, { key: string; node: StakeholderCardNode }>();
const reportingEdgeCache = new WeakMap<Stakeholder, { key: string; edge: Edge }>();
const linkEdgeCache = new WeakMap<InfluenceLink, { key: string; edge: Edge }>();

export function buildNodes(chain: ChainRecords, layout: ChainLayout, options: ChartOptions): ChartNode[] {
  const filtering = options.filters.stances.length + options.filters.roles.length + options.filters.ownerIds.length > 0;
  const nodes: ChartNode[] = layout.frames.map((frame) => ({
    id: `frame:${frame.department}`,
    type: 'frame',
    position: { x: frame.x, y: frame.y },
    width: frame.width,
    height: frame.height,
    measured: { width: frame.width, height: frame.height },
    data: { department: frame.department },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
  }));
  for (const person of chain.stakeholders) {
    if (layout.hidden.has(person.id)) continue;
    const highlighted = options.highlight.has(person.id);
    const dimmed = (options.highlight.size > 0 && !highlighted) || (filtering && !matchesFilters(person, options.filters));
    const position = person.position ?? layout.positions.get(person.id) ?? { x: 0, y: 0 };
    const ownerName = person.ownerId === null ? null : (options.ownerNames.get(person.ownerId) ?? null);
    const directReports = layout.directReports.get(person.id) ?? 0;
    const badge = options.badges.get(person.id) ?? null;
    const key = `${position.x},${position.y}|${ownerName ?? ''}|${directReports}|${dimmed}|${highlighted}|${badge ?? ''}`;
    const cached = nodeCache.get(person);
    if (cached?.key === key) {
      nodes.push(cached.node);
      continue;
    }
    const node: StakeholderCardNode = {
      id: person.id,
      type: 'stakeholder',
      position,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // Known size and handles: React Flow need not render a card to place it, fit it or cull it.
      measured: CARD_SIZE,
      handles: CARD_HANDLES,
      data: { person, ownerName, directReports, dimmed, highlighted, badge },
    };
    nodeCache.set(person, { key, node });
    nodes.push(node);
  }
  return nodes;
}

/**
 * `ariaLabelOf` names a line for screen readers in the person's language from the two people's names
 * (empty for a vacant seat) ("王建国 → 李明 · 汇报"),
 * instead of React Flow's "Edge from r-00024 to r-00025". A line is rebuilt only when what it shows
 * or says changed — its ends, their names, the words (`wording`, e.g. the language) — so an edit does
 * not word two thousand labels again (that took 30 ms of a stance change's frame on 2,000 people).
 */
export function buildEdges(
  chain: ChainRecords,
  layout: ChainLayout,
  options: Pick<ChartOptions, 'showReporting' | 'showInfluence'> & { wording?: string },
  linkLabel: (link: InfluenceLink) => string,
  ariaLabelOf: (fromName: string, toName: string, label: string | null) => string = (fromName, toName, label) => `${fromName} → ${toName}${label ? ` · ${label}` : ''}`,
): Edge[] {
  const visible = (id: string) => !layout.hidden.has(id);
  const names = new Map(chain.stakeholders.map((p) => [p.id, p.name]));
  const wording = options.wording ?? '';
  const edges: Edge[] = [];
  if (options.showReporting) {
    for (const person of chain.stakeholders) {
      const boss = layout.effectiveBoss.get(person.id) ?? null;
      if (boss === null || !visible(person.id) || !visible(boss)) continue;
      const stacking = layout.stacked.get(person.id);
      const key = `${boss}\u0001${names.get(boss) ?? ''}\u0001${person.name}\u0001${wording}\u0001${stacking ?? ''}`;
      const cached = reportingEdgeCache.get(person);
      if (cached?.key === key) {
        edges.push(cached.edge);
        continue;
      }
      const ariaLabel = ariaLabelOf(names.get(boss) ?? '', person.name, null);
      const edge: Edge = {
        id: `report:${person.id}`,
        source: boss,
        target: person.id,
        ...reportingHandles(stacking),
        ariaLabel,
        selectable: false,
        style: { stroke: REPORTING_COLOR, strokeWidth: 1.5 },
      };
      reportingEdgeCache.set(person, { key, edge });
      edges.push(edge);
    }
  }
  if (options.showInfluence) {
    for (const link of chain.links) {
      if (!visible(link.fromId) || !visible(link.toId)) continue;
      const key = `${names.get(link.fromId) ?? ''}\u0001${names.get(link.toId) ?? ''}\u0001${wording}`;
      const cached = linkEdgeCache.get(link);
      if (cached?.key === key) {
        edges.push(cached.edge);
        continue;
      }
      const label = linkLabel(link);
      const ariaLabel = ariaLabelOf(names.get(link.fromId) ?? '', names.get(link.toId) ?? '', label);
      const color = LINK_COLORS[link.kind];
      const edge: Edge = {
        id: `link:${link.id}`,
        source: link.fromId,
        sourceHandle: 'link-out',
        target: link.toId,
        targetHandle: 'link-in',
        // Drawn around the cards in between (InfluenceEdge), label where there is room.
        type: 'influence',
        label,
        ariaLabel,
        labelStyle: { fill: color, fontWeight: 600 },
        labelBgStyle: { fill: '#fff' },
        style: { stroke: color, strokeDasharray: LINK_DASH, strokeWidth: 1 + link.strength / 2 },
        markerEnd: { type: MarkerType.ArrowClosed, color },
        data: { linkId: link.id },
      };
      linkEdgeCache.set(link, { key, edge });
      edges.push(edge);
    }
  }
  return edges;
}
