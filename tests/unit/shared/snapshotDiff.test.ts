import { describe, expect, it } from 'vitest';
import { diffChains } from '../../../shared/methods/snapshotDiff';
import { link, person } from '../../support/chainBuilder';

describe('snapshot comparison', () => {
  const then = {
    stakeholders: [
      person('eb', { name: '王总', buyingRole: 'EB', stance: 0, influence: 5 }),
      person('tb', { name: '李工', buyingRole: 'TB', stance: -1, influence: 3, coverage: 'INITIAL' }),
      person('old', { name: '赵处', stance: 1, influence: 2 }),
      person('same', { name: '钱姐', stance: 1 }),
    ],
    links: [link('l1', 'tb', 'eb'), link('l2', 'old', 'eb', { kind: 'ALUMNI' })],
  };
  const now = {
    stakeholders: [
      person('eb', { name: '王总', buyingRole: 'EB', stance: 1, influence: 5 }),
      person('tb', { name: '李工', buyingRole: 'TB', stance: -1, influence: 3, coverage: 'DEEP' }),
      person('new', { name: '孙经理', buyingRole: 'UB', stance: 2, influence: 3 }),
      person('same', { name: '钱姐', stance: 1 }),
      person('gone', { name: '已删除', deletedAt: '2026-02-01T00:00:00.000Z' }),
    ],
    links: [link('l1', 'tb', 'eb'), link('l3', 'new', 'eb', { kind: 'ALLY' })],
  };

  it('lists who joined and who left (tombstoned people have left)', () => {
    const d = diffChains(then, now);
    expect(d.joined.map((s) => s.name)).toEqual(['孙经理']);
    expect(d.left.map((s) => s.name)).toEqual(['赵处']);
  });

  it('lists stance and coverage changes with badges, and nothing for unchanged people', () => {
    const d = diffChains(then, now);
    expect(d.changed).toEqual([
      { id: 'eb', name: '王总', badge: 'STANCE_UP', changes: [{ field: 'stance', from: 0, to: 1 }] },
      { id: 'tb', name: '李工', badge: 'COVERAGE_UP', changes: [{ field: 'coverage', from: 'INITIAL', to: 'DEEP' }] },
    ]);
    expect(d.badges.get('new')).toBe('JOINED');
    expect(d.badges.has('same')).toBe(false);
    expect(diffChains(now, then).badges.get('eb')).toBe('STANCE_DOWN');
  });

  it('compares KP coverage and support balance before and after', () => {
    const d = diffChains(then, now);
    expect(d.keyPeople.before.find((k) => k.role === 'UB')!.present).toBe(false);
    expect(d.keyPeople.after.find((k) => k.role === 'UB')!.present).toBe(true);
    expect(d.balance.before).toMatchObject({ support: 2 + 3, opposition: 3 });
    expect(d.balance.after).toMatchObject({ support: 5 + 3 + 3, opposition: 3 });
  });

  it('lists links added and removed', () => {
    const d = diffChains(then, now);
    expect(d.linksAdded.map((l) => l.id)).toEqual(['l3']);
    expect(d.linksRemoved.map((l) => l.id)).toEqual(['l2']);
  });

  it('finds no change between a picture and itself', () => {
    const d = diffChains(now, now);
    expect([d.joined, d.left, d.changed, d.linksAdded, d.linksRemoved].every((list) => list.length === 0)).toBe(true);
  });
});
