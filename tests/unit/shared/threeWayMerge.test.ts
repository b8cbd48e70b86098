import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecord, OURS, type AnyRecord, type Contribution } from '../../../shared/merge/threeWayMerge';

const T0 = '2026-11-01T00:00:00.000Z';
const T1 = '2026-11-02T00:00:00.000Z';
const T2 = '2026-11-03T00:00:00.000Z';
const T3 = '2026-11-04T00:00:00.000Z';

const person = (changes: Partial<AnyRecord> = {}): AnyRecord => ({ id: 'p1', createdAt: T0, updatedAt: T0, deletedAt: null, name: '王建国', title: '副总经理', profile: { hometown: '长沙', school: '' }, ...changes });

const from = (side: string, record: AnyRecord, base: AnyRecord | undefined = person()): Contribution => ({ side, record, base });

describe('a record merged against its common ancestor', () => {
  it('takes a change made on one side only, whoever is newer', () => {
    const ours = person({ name: '王建国', updatedAt: T3, profile: { hometown: '长沙', school: '湖大' } });
    const result = mergeRecord(ours, [from('zhang.json', person({ title: '总经理', updatedAt: T1 }))]);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toMatchObject({ title: '总经理', profile: { school: '湖大' }, updatedAt: T3 });
    expect([...result.landed]).toEqual(['zhang.json']);
  });

  it('lists two managers who changed the same field, with every value and the base, and keeps the newest unless told otherwise', () => {
    const ours = person();
    const zhang = from('zhang.json', person({ title: '总经理', updatedAt: T1 }));
    const li = from('li.json', person({ title: '党委书记', updatedAt: T2 }));
    const result = mergeRecord(ours, [zhang, li]);
    expect(result.conflicts).toEqual([
      {
        path: ['title'],
        base: { value: '副总经理' },
        values: [
          { side: 'zhang.json', value: '总经理', at: T1 },
          { side: 'li.json', value: '党委书记', at: T2 },
        ],
        chosen: 'li.json',
      },
    ]);
    expect(result.merged?.title).toBe('党委书记');
    expect(mergeRecord(ours, [zhang, li], {}, new Map([['title', 'zhang.json']])).merged?.title).toBe('总经理');
  });

  it('lists ours beside the files when the director changed the field too, and "ours" keeps ours', () => {
    const ours = person({ title: '董事长', updatedAt: T1 });
    const files = [from('zhang.json', person({ title: '总经理', updatedAt: T2 })), from('li.json', person({ title: '党委书记', updatedAt: T3 }))];
    const result = mergeRecord(ours, files);
    expect(result.conflicts[0]?.values.map((v) => v.side)).toEqual([OURS, 'zhang.json', 'li.json']);
    expect(mergeRecord(ours, files, {}, new Map([['title', OURS]])).merged).toBe(ours);
  });

  it('a deletion against an edit is a conflict on the record, both ways round', () => {
    const ours = person();
    const deleted = from('zhang.json', person({ deletedAt: T1, updatedAt: T1 }));
    const edited = from('li.json', person({ title: '总经理', updatedAt: T2 }));
    const result = mergeRecord(ours, [deleted, edited]);
    expect(result.conflicts.map((c) => c.path)).toEqual([['deletedAt']]);
    expect(result.conflicts[0]?.values).toEqual([
      { side: 'zhang.json', value: T1, at: T1 },
      { side: 'li.json', value: null, at: T2 },
    ]);
    expect(result.merged).toMatchObject({ deletedAt: null, title: '总经理' });
    expect(mergeRecord(ours, [deleted, edited], {}, new Map([['deletedAt', 'zhang.json']])).merged?.deletedAt).toBe(T1);
    // We edited, a file deleted.
    const oursEdited = person({ title: '总监', updatedAt: T2 });
    expect(mergeRecord(oursEdited, [deleted]).conflicts[0]?.values.map((v) => v.side)).toEqual([OURS, 'zhang.json']);
  });

  it('an old file without a base lists every difference instead of guessing who changed it', () => {
    const ours = person({ title: '董事长', updatedAt: T2 });
    const result = mergeRecord(ours, [from('old.json', person({ title: '总经理', updatedAt: T1 }), undefined)]);
    expect(result.conflicts.map((c) => c.values.map((v) => v.value))).toEqual([['董事长', '总经理']]);
    expect(result.merged).toBe(ours);
  });

  it('nothing changed since the base: ours stays the very object', () => {
    const ours = person({ title: '董事长', updatedAt: T2 });
    const result = mergeRecord(ours, [from('zhang.json', person())]);
    expect(result.merged).toBe(ours);
    expect(result.conflicts).toEqual([]);
  });

  it('gives the same record and the same conflicts whatever order the files come in', () => {
    const titles = fc.constantFrom('副总经理', '总经理', '党委书记', '董事长');
    const towns = fc.constantFrom('长沙', '西安', '北京');
    const stamp = fc.constantFrom(T1, T2, T3);
    const side = fc.record({ title: titles, hometown: towns, deleted: fc.boolean(), at: stamp });
    fc.assert(
      fc.property(side, fc.array(side, { minLength: 1, maxLength: 4 }), (mine, files) => {
        const version = (s: typeof mine) => person({ title: s.title, profile: { hometown: s.hometown, school: '' }, deletedAt: s.deleted ? s.at : null, updatedAt: s.at });
        const ours = version(mine);
        const contributions = files.map((f, i) => from(`f${i}.json`, version(f)));
        const a = mergeRecord(ours, contributions);
        const b = mergeRecord(ours, [...contributions].reverse());
        expect(b.merged).toEqual(a.merged);
        const key = (r: typeof a) => r.conflicts.map((c) => `${c.path.join('.')}:${c.chosen}:${c.values.map((v) => v.side).sort().join(',')}`).sort();
        expect(key(b)).toEqual(key(a));
        // No side's change disappears unlisted: each changed field holds its value or is a listed conflict.
        for (const c of contributions) {
          for (const field of ['title'] as const) {
            if (c.record[field] !== person()[field] && a.merged?.[field] !== c.record[field]) expect(a.conflicts.some((x) => x.path[0] === field)).toBe(true);
          }
        }
      }),
    );
  });
});
