import { describe, expect, it } from 'vitest';
import { finishMerge, planMerge } from '../../../renderer/workers/mergePlan';
import type { WorkspaceTables } from '../../../shared/domain/workspace';
import { sampleTables } from '../../support/sampleWorkspace';

const tablesOf = (): WorkspaceTables => sampleTables({ accounts: 1, stakeholders: 2 });

describe('a merge of files', () => {
  it('a file exported without personal files never empties the ones this workspace holds', () => {
    const ours = tablesOf();
    const file = structuredClone(ours);
    // The manager changed the title later; his export left personal files out.
    file.stakeholders[0] = { ...file.stakeholders[0]!, title: '董事长', updatedAt: '2026-12-01T00:00:00.000Z', personalFile: { family: '', hometown: '', school: '', hobbies: '', careerGoals: '' } };
    const redacted = finishMerge(planMerge(ours, [{ name: 'wang.json', tables: file, redacted: true }], new Map()), new Map()).tables;
    expect(redacted.stakeholders[0]).toMatchObject({ title: '董事长', personalFile: { hometown: '湖南长沙', hobbies: '羽毛球' } });
    // A complete file is taken as it is: its empty personal file is what its owner wrote.
    const complete = finishMerge(planMerge(ours, [{ name: 'wang.json', tables: file, redacted: false }], new Map()), new Map()).tables;
    expect(complete.stakeholders[0]?.personalFile.hometown).toBe('');
  });

  it('counts per file only the tables it changes, and keeps each record’s merged updatedAt as the next base', () => {
    const ours = tablesOf();
    const file = structuredClone(ours);
    file.accounts[0] = { ...file.accounts[0]!, region: '西北', updatedAt: '2026-12-01T00:00:00.000Z' };
    const plan = planMerge(ours, [{ name: 'a.json', tables: file, redacted: false }], new Map());
    expect(plan.preview.files).toEqual([{ name: 'a.json', counts: { accounts: { added: 0, updated: 1, deleted: 0, unchanged: 0, conflicts: 0 } } }]);
    const { base } = finishMerge(plan, new Map());
    expect(base[`accounts/${ours.accounts[0]!.id}`]).toBe('2026-12-01T00:00:00.000Z');
  });
});
