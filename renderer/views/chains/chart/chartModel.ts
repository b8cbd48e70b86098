/**
 * From the stored chain to React Flow's nodes and edges: layout, manual positions, collapsed
 * subtrees, filters, highlights and comparison badges. Node data holds plain values only (STYLE:
 * serializable node data); behaviour reaches the cards through ChartActionsContext.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { BuyingRole } from '../../../../shared/domain/codes';
import type { ChainRecords } from '../../../../shared/domain/decisionChainEdits';
import type { InfluenceLink, Stakeholder } from '../../../../shared/domain/stakeholder';
import { CARD_HEIGHT, CARD_WIDTH, type ChainLayout, type LayoutPerson } from '../../../../shared/methods/decisionChainLayout';
import type { ChangeBadge } from '../../../../shared/methods/snapshotDiff';
import { LINK_COLORS, LINK_DASH, REPORTING_COLOR } from './chartVisuals';

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

export function buildNodes(chain: ChainRecords, layout: ChainLayout, options: ChartOptions): ChartNode[] {
  const filtering = options.filters.stances.length + options.filters.roles.length + options.filters.ownerIds.length > 0;
  const nodes: ChartNode[] = layout.frames.map((frame) => ({
    id: `frame:${frame.department}`,
    type: 'frame',
    position: { x: frame.x, y: frame.y },
    width: frame.width,
    height: frame.height,
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
    nodes.push({
      id: person.id,
      type: 'stakeholder',
      position: person.position ?? layout.positions.get(person.id) ?? { x: 0, y: 0 },
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      data: {
        person,
        ownerName: person.ownerId === null ? null : (options.ownerNames.get(person.ownerId) ?? null),
        directReports: layout.directReports.get(person.id) ?? 0,
        dimmed,
        highlighted,
        badge: options.badges.get(person.id) ?? null,
      },
    });
  }
  return nodes;
}

export function buildEdges(chain: ChainRecords, layout: ChainLayout, options: Pick<ChartOptions, 'showReporting' | 'showInfluence'>, linkLabel: (link: InfluenceLink) => string): Edge[] {
  const visible = (id: string) => !layout.hidden.has(id);
  const edges: Edge[] = [];
  if (options.showReporting) {
    for (const person of chain.stakeholders) {
      const boss = layout.effectiveBoss.get(person.id) ?? null;
      if (boss === null || !visible(person.id) || !visible(boss)) continue;
      edges.push({
        id: `report:${person.id}`,
        source: boss,
        sourceHandle: 'report',
        target: person.id,
        targetHandle: 'boss',
        type: 'smoothstep',
        selectable: false,
        style: { stroke: REPORTING_COLOR, strokeWidth: 1.5 },
      });
    }
  }
  if (options.showInfluence) {
    for (const link of chain.links) {
      if (!visible(link.fromId) || !visible(link.toId)) continue;
      const color = LINK_COLORS[link.kind];
      edges.push({
        id: `link:${link.id}`,
        source: link.fromId,
        sourceHandle: 'link-out',
        target: link.toId,
        targetHandle: 'link-in',
        label: linkLabel(link),
        labelStyle: { fill: color, fontWeight: 600 },
        labelBgStyle: { fill: '#fff' },
        style: { stroke: color, strokeDasharray: LINK_DASH, strokeWidth: 1 + link.strength / 2 },
        markerEnd: { type: MarkerType.ArrowClosed, color },
        data: { linkId: link.id },
      });
    }
  }
  return edges;
}
