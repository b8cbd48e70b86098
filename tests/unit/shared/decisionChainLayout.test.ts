import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, descendantsOf, effectiveBosses, layoutDecisionChain, type LayoutPerson } from '../../../shared/methods/decisionChainLayout';

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
    // Chinese names sort by pinyin: 丙 (bǐng) before 甲 (jiǎ); the department comes first.
    const people = [p('root'), p('乙', 'root', 'B'), p('甲', 'root', 'A'), p('丙', 'root', 'A')];
    const l = layoutDecisionChain(people);
    const order = ['丙', '甲', '乙'].map((id) => l.positions.get(id)!.x);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(layoutDecisionChain([...people].reverse()).positions).toEqual(l.positions);
  });

  it('lays out 2,000 people without overlaps', () => {
    const people = Array.from({ length: 2000 }, (_, i) => p(`p${i}`, i === 0 ? null : `p${Math.floor((i - 1) / 6)}`));
    const l = layoutDecisionChain(people);
    expect(l.positions.size).toBe(2000);
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
