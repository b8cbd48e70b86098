import { describe, expect, it } from 'vitest';
import { isRealCalendarDate, isoInstantSchema, moneySchema, newId } from '../../../shared/domain/common';
import { findCycles, wouldCreateCycle } from '../../../shared/fileFormat/references';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['26-1-1', false],
    ['2026-1-01', false],
  ])('%s → %s', (value, ok) => expect(isRealCalendarDate(value)).toBe(ok));
});

describe('primitives', () => {
  it('money is whole, non-negative minor units', () => {
    expect(moneySchema.safeParse(123).success).toBe(true);
    expect(moneySchema.safeParse(1.5).success).toBe(false);
    expect(moneySchema.safeParse(-1).success).toBe(false);
  });
  it('timestamps are ISO UTC', () => {
    expect(isoInstantSchema.safeParse('2026-01-01T00:00:00.000Z').success).toBe(true);
    expect(isoInstantSchema.safeParse('2026-01-01 00:00').success).toBe(false);
    expect(isoInstantSchema.safeParse('2026-02-31T00:00:00Z').success).toBe(false);
    expect(isoInstantSchema.safeParse('2026-01-01T24:00:00Z').success).toBe(false);
    expect(isoInstantSchema.safeParse('2026-01-01T23:60:00Z').success).toBe(false);
    expect(isoInstantSchema.safeParse('2026-01-01T23:59:59Z').success).toBe(true);
    expect(isoInstantSchema.safeParse(new Date('2026-05-06T07:08:09.123Z').toISOString()).success).toBe(true);
    expect(isoInstantSchema.safeParse('2026-01-01T00:00:00.1234Z').success).toBe(false);
  });
  it('ids are unique', () => {
    expect(new Set(Array.from({ length: 1000 }, newId)).size).toBe(1000);
  });
});

describe('tree cycles', () => {
  const people = [
    { id: 'a', boss: null },
    { id: 'b', boss: 'a' },
    { id: 'c', boss: 'b' },
  ];
  it('finds none in a tree, and refuses a move that would close one', () => {
    expect(findCycles(people, 'boss')).toEqual([]);
    expect(wouldCreateCycle(people, 'boss', 'a', 'c')).toBe(true);
    expect(wouldCreateCycle(people, 'boss', 'c', 'a')).toBe(false);
    expect(wouldCreateCycle(people, 'boss', 'a', 'a')).toBe(true);
    expect(wouldCreateCycle(people, 'boss', 'a', null)).toBe(false);
  });
  it('reports a long chain cycle once, without recursion limits', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => ({ id: `p${i}`, boss: `p${(i + 1) % 50_000}` }));
    const cycles = findCycles(chain, 'boss');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(50_000);
  });
});
