import { describe, expect, it } from 'vitest';
import { NO_FILTERS, buildEdges, buildNodes, layoutInput, layoutKey, matchesFilters, type ChartOptions } from '../../../renderer/views/chains/chart/chartModel';
import { layoutDecisionChain } from '../../../shared/methods/decisionChainLayout';
import { initials } from '../../../renderer/drawing/chartVisuals';
import { link, person } from '../../support/chainBuilder';

const options: ChartOptions = {
  groupByDepartment: false,
  showReporting: true,
  showInfluence: true,
  filters: NO_FILTERS,
  highlight: new Set(),
  badges: new Map(),
  ownerNames: new Map([['tm-1', '王经理']]),
};

function chain() {
  return {
    stakeholders: [
      person('ceo', { name: '王总', stance: 1, ownerId: 'tm-1' }),
      person('cio', { name: '李总', reportsToId: 'ceo', stance: -1, collapsed: true }),
      person('dev', { name: '张工', reportsToId: 'cio', position: { x: 999, y: 888 } }),
      person('cfo', { name: '赵总', reportsToId: 'ceo', buyingRole: 'EB' }),
    ],
    links: [link('l1', 'cfo', 'ceo', { kind: 'ALLY' }), link('l2', 'dev', 'ceo')],
  };
}
const layoutOf = (c: ReturnType<typeof chain>) => layoutDecisionChain(layoutInput(layoutKey(c.stakeholders)));

describe('chart model', () => {
  it('keys the layout on structure only: a stance change keeps the key, a new boss changes it', () => {
    const c = chain();
    const key = layoutKey(c.stakeholders);
    expect(layoutKey(c.stakeholders.map((s) => ({ ...s, stance: 2, notes: 'x' })))).toBe(key);
    expect(layoutKey(c.stakeholders.map((s) => (s.id === 'dev' ? { ...s, reportsToId: 'ceo' } : s)))).not.toBe(key);
    expect(layoutInput(key).map((p) => p.id)).toEqual(['ceo', 'cio', 'dev', 'cfo']);
  });

  it('builds cards for visible people with owner names, report counts and known size and handles', () => {
    const c = chain();
    const nodes = buildNodes(c, layoutOf(c), options);
    expect(nodes.map((n) => n.id)).toEqual(['ceo', 'cio', 'cfo']);
    const ceo = nodes.find((n) => n.id === 'ceo');
    expect(ceo?.data).toMatchObject({ ownerName: '王经理', directReports: 2, dimmed: false });
    expect(ceo?.measured).toEqual({ width: 224, height: 112 });
    expect(ceo?.handles?.map((h) => h.id)).toEqual(['boss', 'report', 'link-in', 'link-out', 'report-spine', 'boss-left', 'boss-right']);
  });

  it('reuses the node of an unchanged person and rebuilds the one that changed', () => {
    const c = chain();
    const layout = layoutOf(c);
    const first = buildNodes(c, layout, options);
    const edited = { ...c, stakeholders: c.stakeholders.map((s) => (s.id === 'cfo' ? { ...s, stance: 2 } : s)) };
    const second = buildNodes(edited, layout, options);
    expect(second.find((n) => n.id === 'ceo')).toBe(first.find((n) => n.id === 'ceo'));
    expect(second.find((n) => n.id === 'cfo')).not.toBe(first.find((n) => n.id === 'cfo'));
  });

  it('dims people outside the filters or outside a highlighted gap', () => {
    const c = chain();
    const layout = layoutOf(c);
    const dimmed = (o: ChartOptions) => buildNodes(c, layout, o).filter((n) => n.data.dimmed === true).map((n) => n.id);
    expect(dimmed({ ...options, filters: { ...NO_FILTERS, stances: [1] } })).toEqual(['cio', 'cfo']);
    expect(dimmed({ ...options, filters: { ...NO_FILTERS, roles: ['EB'] } })).toEqual(['ceo', 'cio']);
    expect(dimmed({ ...options, highlight: new Set(['cio']) })).toEqual(['ceo', 'cfo']);
    expect(matchesFilters(c.stakeholders[0]!, { ...NO_FILTERS, ownerIds: ['tm-1'] })).toBe(true);
    expect(matchesFilters(c.stakeholders[1]!, { ...NO_FILTERS, ownerIds: ['tm-1'] })).toBe(false);
  });

  it('draws reporting lines and influence links between visible cards, each layer switchable', () => {
    const c = chain();
    const layout = layoutOf(c);
    const edges = buildEdges(c, layout, options, (l) => l.kind);
    expect(edges.map((e) => e.id).sort()).toEqual(['link:l1', 'report:cfo', 'report:cio']);
    expect(buildEdges(c, layout, { ...options, showInfluence: false }, (l) => l.kind).map((e) => e.id).sort()).toEqual(['report:cfo', 'report:cio']);
    expect(buildEdges(c, layout, { ...options, showReporting: false }, (l) => l.kind).map((e) => e.id)).toEqual(['link:l1']);
  });

  it('draws a stacked column’s reporting lines down the boss’s spine into the side of each card', () => {
    const c = chain();
    const layout = layoutOf(c);
    // The CIO's branch is folded, so the CEO has two reports without reports shown: a stacked column.
    expect(layout.stacked.get('cio')).toBe('column');
    const line = buildEdges(c, layout, options, (l) => l.kind).find((e) => e.id === 'report:cfo');
    expect(line).toMatchObject({ source: 'ceo', sourceHandle: 'report-spine', target: 'cfo', targetHandle: 'boss-left', type: 'spine' });
  });
});

describe('owner badge', () => {
  it('shows the last two characters of a Chinese name, initials otherwise, leaving out a remark in brackets', () => {
    expect(initials('王建国')).toBe('建国');
    expect(initials('张经理（示例）')).toBe('经理');
    expect(initials('Alex Zhang (sample)')).toBe('AZ');
  });
});
