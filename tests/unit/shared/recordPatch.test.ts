import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffFields, mergeChanges, mergeEdit, sameValue, withValueAtPath } from '../../../shared/domain/recordPatch';

const account = {
  name: '陕西移动',
  region: '西北',
  information: { headcount: 12000, founded: '2000-01-01' },
  barriers: [{ id: 'b1', description: '集采入围' }],
};

describe('field-level saving', () => {
  it('finds the changed fields down into sub-objects, arrays as one value', () => {
    const edited = { ...account, information: { ...account.information, headcount: 13000 }, barriers: [{ id: 'b1', description: '已入围' }] };
    expect(diffFields(account, edited)).toEqual([
      { path: ['information', 'headcount'], from: 12000, to: 13000 },
      { path: ['barriers'], from: account.barriers, to: edited.barriers },
    ]);
    expect(diffFields(account, structuredClone(account))).toEqual([]);
  });

  it('two tabs: the region changed here and the headcount there both survive', () => {
    const here = { ...account, region: '华北' };
    const storedMeanwhile = { ...account, information: { ...account.information, headcount: 15000 } };
    const { merged, conflicts } = mergeEdit(account, here, storedMeanwhile);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({ ...account, region: '华北', information: { ...account.information, headcount: 15000 } });
  });

  it('the same field changed on both sides is a conflict with both values, settled by a choice', () => {
    const here = { ...account, region: '华北' };
    const storedMeanwhile = { ...account, region: '华南' };
    expect(mergeEdit(account, here, storedMeanwhile).conflicts).toEqual([{ path: ['region'], ours: '华北', theirs: '华南' }]);
    expect(mergeEdit(account, here, storedMeanwhile, { region: 'ours' }).merged.region).toBe('华北');
    expect(mergeEdit(account, here, storedMeanwhile, { region: 'theirs' }).merged.region).toBe('华南');
    // Both sides made the same change: nothing to ask.
    expect(mergeEdit(account, here, { ...account, region: '华北' }).conflicts).toEqual([]);
  });

  it('never mutates what it is given', () => {
    const stored = structuredClone(account);
    withValueAtPath(stored, ['information', 'headcount'], 1);
    mergeChanges(stored, [{ path: ['information', 'headcount'], from: 12000, to: 1 }]);
    expect(stored).toEqual(account);
  });

  it('property: a merge keeps every field changed on only one side, and asks about each changed on both', () => {
    const record = fc.record({ a: fc.integer(), b: fc.string(), c: fc.record({ d: fc.boolean(), e: fc.option(fc.integer()) }) });
    fc.assert(
      fc.property(record, record, record, (loaded, edited, current) => {
        const { merged, conflicts } = mergeEdit(loaded, edited, current);
        const conflicted = new Set(conflicts.map((c) => c.path.join('.')));
        for (const path of [['a'], ['b'], ['c', 'd'], ['c', 'e']]) {
          const at = (r: unknown) => path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], r);
          const mine = !sameValue(at(loaded), at(edited));
          const theirs = !sameValue(at(loaded), at(current));
          if (conflicted.has(path.join('.'))) {
            expect(mine && theirs && !sameValue(at(edited), at(current))).toBe(true);
            expect(at(merged)).toEqual(at(current));
          } else if (mine) expect(at(merged)).toEqual(at(edited));
          else expect(at(merged)).toEqual(at(current));
        }
      }),
    );
  });
});
