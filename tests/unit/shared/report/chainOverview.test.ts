/** The map of a split chain's parts: each part a miniature of its cards, side by side, inside the strip. */
import { describe, expect, it } from 'vitest';
import type { LayoutPerson } from '../../../../shared/methods/decisionChainLayout';
import { chainOverview } from '../../../../shared/report/chainOverview';
import { chainPages, type ChainPageSpec } from '../../../../shared/report/chainPages';

const SPEC: ChainPageSpec = { width: 762, height: 440, card: { width: 176, height: 78, gapX: 16, gapY: 36 }, nameSize: 22, minName: 9, maxScale: 0.75, overviewHeight: 66 };
const STRIP = { width: 762, height: 58, gap: 12, labelHeight: 13 };
const person = (id: string, reportsToId: string | null, department: string): LayoutPerson => ({ id, reportsToId, department, name: id, collapsed: false });

function sixtyPeople(): LayoutPerson[] {
  const people = [person('gm', null, '公司领导')];
  ['财务部', '采购部', '信息技术部', '市场部', '网络部', '政企部'].forEach((d, i) => {
    people.push(person(`head${i}`, 'gm', d));
    for (let j = 0; j < 3; j += 1) {
      people.push(person(`m${i}-${j}`, `head${i}`, d));
      for (let k = 0; k < 2; k += 1) people.push(person(`s${i}-${j}-${k}`, `m${i}-${j}`, d));
    }
  });
  return people;
}

describe('chain overview', () => {
  it('puts every part side by side in the strip, numbered, with its departments, head count and one miniature card a person', () => {
    const pages = chainPages(sixtyPeople(), SPEC);
    expect(pages.length).toBeGreaterThan(1);
    const parts = chainOverview(pages, SPEC.card, STRIP);
    expect(parts.map((p) => p.n)).toEqual(pages.map((_, i) => i + 1));
    expect(parts.map((p) => p.people)).toEqual(pages.map((p) => p.people.length));
    expect(parts.map((p) => p.departments)).toEqual(pages.map((p) => p.departments));
    parts.forEach((part, i) => {
      expect(part.cards).toHaveLength(pages[i]!.people.length);
      // Inside its own share of the strip, above the label line; parts never overlap.
      for (const c of part.cards) {
        expect(c.x).toBeGreaterThanOrEqual(part.x - 1e-9);
        expect(c.x + c.width).toBeLessThanOrEqual(part.x + part.width + 1e-9);
        expect(c.y).toBeGreaterThanOrEqual(-1e-9);
        expect(c.y + c.height).toBeLessThanOrEqual(STRIP.height - STRIP.labelHeight + 1e-9);
      }
      if (i > 0) expect(part.x).toBeGreaterThanOrEqual(parts[i - 1]!.x + parts[i - 1]!.width + STRIP.gap - 1e-9);
    });
    expect(parts.at(-1)!.x + parts.at(-1)!.width).toBeCloseTo(STRIP.width, 6);
  });
});
