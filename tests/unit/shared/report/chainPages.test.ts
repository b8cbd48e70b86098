/** A chain on paper or a slide: one page while names stay readable, else departments shared out over pages. */
import { describe, expect, it } from 'vitest';
import type { LayoutPerson } from '../../../../shared/methods/decisionChainLayout';
import { chainPages, type ChainPageSpec } from '../../../../shared/report/chainPages';

const SPEC: ChainPageSpec = { width: 762, height: 440, card: { width: 176, height: 78, gapX: 16, gapY: 36 }, nameSize: 22, minName: 9, maxScale: 0.75, overviewHeight: 66 };
const person = (id: string, reportsToId: string | null, department: string): LayoutPerson => ({ id, reportsToId, department, name: id, collapsed: true });

describe('chain pages', () => {
  it('put a small chain on one page, unfolded, its names over the minimum, never blown up', () => {
    const people = [person('gm', null, '公司领导'), person('cfo', 'gm', '财务部'), person('cio', 'gm', '信息技术部'), person('dev', 'cio', '信息技术部')];
    const [page, ...more] = chainPages(people, SPEC);
    expect(more).toEqual([]);
    expect(page!.departments).toEqual([]);
    expect(page!.layout.positions.size).toBe(4);
    expect(page!.scale).toBe(0.75);
  });

  it('share a chain too big for one page out by department, each page readable, everyone on exactly one page', () => {
    const departments = ['财务部', '采购部', '信息技术部', '市场部', '网络部', '政企部'];
    const people = [person('gm', null, '公司领导')];
    departments.forEach((d, i) => {
      people.push(person(`head${i}`, 'gm', d));
      for (let j = 0; j < 3; j += 1) {
        people.push(person(`m${i}-${j}`, `head${i}`, d));
        for (let k = 0; k < 2; k += 1) people.push(person(`s${i}-${j}-${k}`, `m${i}-${j}`, d));
      }
    });
    const pages = chainPages(people, SPEC);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.scale * SPEC.nameSize).toBeGreaterThanOrEqual(SPEC.minName);
    // Each part's drawing leaves the top of its page to the map of the parts.
    for (const page of pages) expect(page.bounds.height * page.scale).toBeLessThanOrEqual(SPEC.height - SPEC.overviewHeight + 1e-9);
    const placed = pages.flatMap((p) => p.people.map((x) => x.id));
    expect(placed.sort()).toEqual(people.map((p) => p.id).sort());
    expect(pages.flatMap((p) => p.departments).sort()).toEqual([...departments, '公司领导'].sort());
  });

  it('go on by branch when one department is too big for a page: the top first, each branch under its head, every name readable', () => {
    const people = [person('gm', null, '信息中心')];
    for (let i = 0; i < 8; i += 1) {
      people.push(person(`head${i}`, 'gm', '信息中心'));
      for (let j = 0; j < 3; j += 1) {
        people.push(person(`m${i}-${j}`, `head${i}`, '信息中心'));
        for (let k = 0; k < 3; k += 1) people.push(person(`s${i}-${j}-${k}`, `m${i}-${j}`, '信息中心'));
      }
    }
    const pages = chainPages(people, SPEC);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page.scale * SPEC.nameSize).toBeGreaterThanOrEqual(SPEC.minName);
    // The first page is the top: the head and the eight branch heads.
    expect(pages[0]!.people.map((p) => p.id).sort()).toEqual(['gm', ...Array.from({ length: 8 }, (_, i) => `head${i}`)].sort());
    // Everyone is drawn; a branch head appears again at the top of its branch's page.
    expect(new Set(pages.flatMap((p) => p.people.map((x) => x.id))).size).toBe(people.length);
  });

  it('have nothing to draw for an account without people', () => {
    expect(chainPages([], SPEC)).toEqual([]);
  });
});
