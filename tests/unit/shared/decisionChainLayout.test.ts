import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, descendantsOf, effectiveBosses, layoutDecisionChain, reportingLinePath, type LayoutPerson } from '../../../shared/methods/decisionChainLayout';

const p = (id: string, reportsToId: string | null = null, department = '', collapsed = false): LayoutPerson => ({ id, reportsToId, department, name: id, collapsed });

function overlaps(positions: Map<string, { x: number; y: number }>): boolean {
  const list = [...positions.values()];
  return list.some((a, i) => list.slice(i + 1).some((b) => Math.abs(a.x - b.x) < CARD_WIDTH && Math.abs(a.y - b.y) < CARD_HEIGHT));
}

describe('decision-chain layout', () => {
  it('draws a tree top-down: bosses above their reports, reports centred under the boss', () => {
    const l = layoutDecisionChain([p('ceo'), p('cfo', 'ceo'), p('cio', 'ceo'), p('dev', 'cio')]);
    const at = (id: string) => l.positions.get(id)!;
    expect(at('cfo').y).toBeGreaterThan(at('ceo').y);
    expect(at('dev').y).toBeGreaterThan(at('cio').y);
    expect((at('cfo').x + at('cio').x) / 2).toBeCloseTo(at('ceo').x);
    expect(at('cfo').y).toBe(at('cio').y);
    expect(overlaps(l.positions)).toBe(false);
    expect(l.directReports.get('ceo')).toBe(2);
  });

  it('sets several roots side by side (a forest), and treats an unknown boss as no boss', () => {
    const l = layoutDecisionChain([p('a'), p('b'), p('c', 'gone'), p('a1', 'a')]);
    expect(l.positions.get('a')!.y).toBe(0);
    expect(l.positions.get('b')!.y).toBe(0);
    expect(l.positions.get('c')!.y).toBe(0);
    expect(l.effectiveBoss.get('c')).toBeNull();
    expect(overlaps(l.positions)).toBe(false);
  });

  it('does not hang on a reporting cycle: the cycle is cut at its first member', () => {
    const people = [p('x', 'z'), p('y', 'x'), p('z', 'y')];
    const bosses = effectiveBosses(people);
    expect(bosses.get('x')).toBeNull();
    expect(bosses.get('y')).toBe('x');
    const l = layoutDecisionChain(people);
    expect(l.positions.size).toBe(3);
    expect(l.positions.get('z')!.y).toBeGreaterThan(l.positions.get('y')!.y);
  });

  it('hides everyone below a collapsed person and keeps the collapsed card', () => {
    const l = layoutDecisionChain([p('ceo'), p('cio', 'ceo', '', true), p('dev', 'cio'), p('ops', 'dev')]);
    expect([...l.hidden].sort()).toEqual(['dev', 'ops']);
    expect(l.positions.has('cio')).toBe(true);
    expect(l.positions.has('dev')).toBe(false);
    expect(l.directReports.get('cio')).toBe(1);
  });

  it('groups by department: one frame per department, side by side, rows aligned to reporting depth', () => {
    const people = [p('ceo', null, '总经办'), p('cio', 'ceo', '信息中心'), p('dev', 'cio', '信息中心'), p('cfo', 'ceo', '财务部'), p('acct', 'cfo', '财务部'), p('x', null, '')];
    const l = layoutDecisionChain(people, { groupByDepartment: true });
    expect(l.frames.map((f) => f.department)).toEqual(['财务部', '信息中心', '总经办', '']);
    for (let i = 1; i < l.frames.length; i += 1) expect(l.frames[i]!.x).toBeGreaterThanOrEqual(l.frames[i - 1]!.x + l.frames[i - 1]!.width);
    // Each person sits inside its department's frame.
    for (const person of people) {
      const frame = l.frames.find((f) => f.department === person.department)!;
      const at = l.positions.get(person.id)!;
      expect(at.x).toBeGreaterThanOrEqual(frame.x);
      expect(at.x + CARD_WIDTH).toBeLessThanOrEqual(frame.x + frame.width);
      expect(at.y).toBeGreaterThanOrEqual(frame.y);
      expect(at.y + CARD_HEIGHT).toBeLessThanOrEqual(frame.y + frame.height);
    }
    // The CIO heads its department but stays one row below the CEO.
    expect(l.positions.get('cio')!.y).toBe(l.positions.get('cfo')!.y);
    expect(l.positions.get('cio')!.y).toBeGreaterThan(l.positions.get('ceo')!.y);
    expect(overlaps(l.positions)).toBe(false);
  });

  it('is deterministic and sorts siblings by department then name', () => {
    // Chinese names sort by pinyin: 丙 (bǐng) before 甲 (jiǎ); the department comes first. Each has a report, so they stand in a row.
    const people = [p('root'), p('乙', 'root', 'B'), p('甲', 'root', 'A'), p('丙', 'root', 'A'), p('乙1', '乙'), p('甲1', '甲'), p('丙1', '丙')];
    const l = layoutDecisionChain(people);
    const order = ['丙', '甲', '乙'].map((id) => l.positions.get(id)!.x);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(layoutDecisionChain([...people].reverse()).positions).toEqual(l.positions);
  });

  it('stacks reports without reports of their own in a column under their boss, off a spine down its left', () => {
    const l = layoutDecisionChain([p('boss'), p('丙', 'boss', 'A'), p('甲', 'boss', 'A'), p('乙', 'boss', 'B')]);
    const at = (id: string) => l.positions.get(id)!;
    // Top to bottom: 丙 甲 乙 (department, then pinyin), one column indented from the boss.
    expect(at('丙').x).toBe(at('甲').x);
    expect(at('甲').x).toBe(at('乙').x);
    expect(at('丙').y).toBeLessThan(at('甲').y);
    expect(at('甲').y).toBeLessThan(at('乙').y);
    expect(at('丙').x).toBeGreaterThan(at('boss').x);
    expect([...l.stacked.values()]).toEqual(['column', 'column', 'column']);
    expect(overlaps(l.positions)).toBe(false);
  });

  it('stacks more than four in two columns either side of a spine down the boss’s centre, row by row', () => {
    const l = layoutDecisionChain([p('boss'), ...['a', 'b', 'c', 'd', 'e'].map((id) => p(id, 'boss'))]);
    const at = (id: string) => l.positions.get(id)!;
    expect([...l.stacked]).toEqual([['a', 'left'], ['b', 'right'], ['c', 'left'], ['d', 'right'], ['e', 'left']]);
    expect(at('a').y).toBe(at('b').y);
    expect(at('c').y).toBeGreaterThan(at('a').y);
    const spine = at('boss').x + CARD_WIDTH / 2;
    expect(at('a').x + CARD_WIDTH).toBeLessThan(spine);
    expect(at('b').x).toBeGreaterThan(spine);
    expect(overlaps(l.positions)).toBe(false);
    // One report stands under its boss as in any tree.
    expect(layoutDecisionChain([p('boss'), p('a', 'boss')]).stacked.size).toBe(0);
  });

  it('stacks a boss’s reports without reports in a column at the end of the row when others have reports', () => {
    const l = layoutDecisionChain([p('boss'), p('mgr', 'boss'), p('staff', 'mgr'), p('a', 'boss'), p('b', 'boss')]);
    const at = (id: string) => l.positions.get(id)!;
    expect(l.stacked.get('a')).toBe('bus');
    expect(l.stacked.get('b')).toBe('bus');
    expect(l.stacked.has('mgr')).toBe(false);
    // The column starts on the managers' row, right of the manager's subtree, one card above the other.
    expect(at('a').y).toBe(at('mgr').y);
    expect(at('a').x).toBe(at('b').x);
    expect(at('b').y).toBeGreaterThan(at('a').y);
    expect(at('a').x).toBeGreaterThan(at('mgr').x + CARD_WIDTH);
    expect(overlaps(l.positions)).toBe(false);
    // Its line leaves the boss, runs along the bus, down the column's spine and into the card's left side.
    expect(reportingLinePath({ x: 0, y: 0 }, { x: 100, y: 100 }, 'bus', 50, 40, 60)).toBe('M25,40 V70 H97 V120 H100');
  });

  it('draws a director, six managers and three staff each about as wide as the managers’ row, not the staff’s', () => {
    const people = [p('director'), ...Array.from({ length: 6 }, (_, i) => p(`m${i}`, 'director')), ...Array.from({ length: 18 }, (_, i) => p(`s${i}`, `m${i % 6}`))];
    const l = layoutDecisionChain(people);
    const xs = [...l.positions.values()].map((at) => at.x);
    const ys = [...l.positions.values()].map((at) => at.y);
    const width = Math.max(...xs) - Math.min(...xs) + CARD_WIDTH;
    const height = Math.max(...ys) + CARD_HEIGHT;
    // Flat, the 18 staff side by side would be 18 cards wide; stacked, the picture is under 3:1.
    expect(width).toBeLessThan(13 * CARD_WIDTH);
    expect(width / height).toBeLessThan(3);
    expect(overlaps(l.positions)).toBe(false);
  });

  it('draws reporting lines into the top of a card in a row and into the facing side of a stacked card', () => {
    expect(reportingLinePath({ x: 0, y: 0 }, { x: 100, y: 200 }, undefined, 50, 40, 60)).toBe('M25,40 V70 H125 V200');
    expect(reportingLinePath({ x: 0, y: 0 }, { x: -40, y: 80 }, 'left', 50, 40, 60)).toBe('M25,40 V100 H10');
    expect(reportingLinePath({ x: 0, y: 0 }, { x: 40, y: 80 }, 'right', 50, 40, 60)).toBe('M25,40 V100 H40');
    // A single column's spine runs down the boss's left, inside the indent.
    expect(reportingLinePath({ x: 0, y: 0 }, { x: 6, y: 80 }, 'column', 50, 40, 60)).toBe('M3,40 V100 H6');
  });

  it('lays out 2,000 people without overlaps', () => {
    const people = Array.from({ length: 2000 }, (_, i) => p(`p${i}`, i === 0 ? null : `p${Math.floor((i - 1) / 6)}`));
    const l = layoutDecisionChain(people);
    expect(l.positions.size).toBe(2000);
    expect(overlaps(l.positions)).toBe(false);
    const rows = new Map<number, number[]>();
    for (const at of l.positions.values()) rows.set(at.y, [...(rows.get(at.y) ?? []), at.x]);
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i += 1) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(CARD_WIDTH);
    }
  });

  it('finds everyone below a person', () => {
    const bosses = effectiveBosses([p('a'), p('b', 'a'), p('c', 'b'), p('d')]);
    expect([...descendantsOf('a', bosses)].sort()).toEqual(['b', 'c']);
    expect(descendantsOf('d', bosses).size).toBe(0);
  });
});
