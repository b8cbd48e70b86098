import { describe, expect, it } from 'vitest';
import type { WorkspaceData, WorkspaceTables } from '../../../shared/domain/workspace';
import { finishMerge, planMerge, type MergeFile } from '../../../shared/merge/mergePlan';
import { baseKey } from '../../../shared/merge/mergeWorkspaces';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

const LATER = '2026-12-01T00:00:00.000Z';
const EVEN_LATER = '2026-12-02T00:00:00.000Z';

function workspace(): { settings: WorkspaceData['settings']; tables: WorkspaceTables } {
  const { settings, ...tables } = buildSampleWorkspace({ accounts: 1, stakeholders: 2 });
  return { settings, tables };
}

const fileOf = (name: string, from: ReturnType<typeof workspace>, change: (tables: WorkspaceTables) => void, options: Partial<MergeFile> = {}): MergeFile => {
  const tables = structuredClone(from.tables);
  change(tables);
  return { name, source: null, settings: structuredClone(from.settings), tables, redacted: false, ...options };
};

const noChoices = { flips: new Map() };

describe('a merge of files', () => {
  it('a file exported without personal files never empties the ones this workspace holds', () => {
    const ours = workspace();
    const change = (t: WorkspaceTables) => {
      // The manager changed the title later; his export left personal files out.
      t.stakeholders[0] = { ...t.stakeholders[0]!, title: '董事长', updatedAt: LATER, personalFile: { family: '', hometown: '', school: '', hobbies: '', careerGoals: '' } };
    };
    const redacted = finishMerge(planMerge(ours, [fileOf('wang.json', ours, change, { redacted: true })]), noChoices).tables;
    expect(redacted.stakeholders[0]).toMatchObject({ title: '董事长', personalFile: { hometown: '湖南长沙', hobbies: '羽毛球' } });
    // A complete file is taken as it is: its empty personal file is what its owner wrote.
    const complete = finishMerge(planMerge(ours, [fileOf('wang.json', ours, change)]), noChoices).tables;
    expect(complete.stakeholders[0]?.personalFile.hometown).toBe('');
  });

  it('counts per file only the tables it changes, writes only what changed, and keeps each record’s merged updatedAt as its source’s next base', () => {
    const ours = workspace();
    const file = fileOf('a.json', ours, (t) => (t.accounts[0] = { ...t.accounts[0]!, region: '西北', updatedAt: LATER }), { source: 'ws-wang' });
    const plan = planMerge(ours, [file]);
    expect(plan.preview.files).toEqual([{ name: 'a.json', counts: { accounts: { added: 0, updated: 1, deleted: 0, unchanged: 0, conflicts: 0 } } }]);
    const finished = finishMerge(plan, noChoices);
    expect(finished.changed.accounts.map((a) => a.region)).toEqual(['西北']);
    expect(finished.changed.stakeholders).toEqual([]);
    expect(finished.settingsChanged).toBe(false);
    expect(finished.bases.get('ws-wang')?.[baseKey('accounts', ours.tables.accounts[0]!.id)]).toBe(LATER);
  });

  it('a concurrent edit is told apart per source: what one manager never saw conflicts, what he built on does not', () => {
    const ours = workspace();
    const id = ours.tables.stakeholders[0]!.id;
    // Last merges: from 王 the record ended at its first stamp; from 李 it ended at LATER (李 had our newer version).
    const bases = new Map([
      ['ws-wang', new Map([[baseKey('stakeholders', id), ours.tables.stakeholders[0]!.updatedAt]])],
      ['ws-li', new Map([[baseKey('stakeholders', id), LATER]])],
    ]);
    ours.tables.stakeholders[0] = { ...ours.tables.stakeholders[0]!, title: '副总（我方）', updatedAt: LATER };
    const edit = (t: WorkspaceTables) => (t.stakeholders[0] = { ...t.stakeholders[0]!, title: '总经理', updatedAt: EVEN_LATER });
    expect(planMerge(ours, [fileOf('wang.json', ours, edit, { source: 'ws-wang' })], bases).preview.conflicts).toHaveLength(1);
    expect(planMerge(ours, [fileOf('li.json', ours, edit, { source: 'ws-li' })], bases).preview.conflicts).toEqual([]);
  });

  it('lists every difference in the team list, first, and a flip keeps our colleague', () => {
    const ours = workspace();
    const file = fileOf('wang.json', ours, (t) => (t.teamMembers[1] = { ...t.teamMembers[1]!, name: '李工程师', updatedAt: LATER }));
    const plan = planMerge(ours, [file]);
    expect(plan.preview.conflicts[0]).toMatchObject({ table: 'teamMembers', label: '李工', fields: [{ path: 'name', ours: '李工', theirs: '李工程师' }], chosen: 'theirs' });
    const kept = finishMerge(plan, { flips: new Map([[plan.preview.conflicts[0]!.key, 'ours']]) });
    expect(kept.tables.teamMembers[1]?.name).toBe('李工');
    expect(kept.changed.teamMembers).toEqual([]);
  });

  it('settings that differ are listed per group and stay ours unless the person takes a file’s value', () => {
    const ours = workspace();
    const file = fileOf('wang.json', ours, () => undefined);
    file.settings = { ...file.settings, riskMarginPercent: 50, planYear: ours.settings.planYear + 1, updatedAt: LATER };
    const plan = planMerge(ours, [file]);
    expect(plan.preview.settings).toEqual([
      { key: 'planYear', files: [{ file: 'wang.json', ours: String(ours.settings.planYear), theirs: String(ours.settings.planYear + 1) }] },
      { key: 'riskMarginPercent', files: [{ file: 'wang.json', ours: '30', theirs: '50' }] },
    ]);
    expect(finishMerge(plan, noChoices).settings).toBe(ours.settings);
    // A group of settings reads as its differing fields, not as a whole object.
    const stages = fileOf('li.json', ours, () => undefined);
    stages.settings = { ...stages.settings, stageProbabilities: { ...stages.settings.stageProbabilities, BIDDING: 70 } };
    expect(planMerge(ours, [stages]).preview.settings).toEqual([{ key: 'stageProbabilities', files: [{ file: 'li.json', ours: 'BIDDING: 60', theirs: 'BIDDING: 70' }] }]);
    const taken = finishMerge(plan, { flips: new Map(), settings: [['riskMarginPercent', 'wang.json']] }, EVEN_LATER);
    expect(taken).toMatchObject({ settingsChanged: true, settings: { riskMarginPercent: 50, planYear: ours.settings.planYear, updatedAt: EVEN_LATER } });
  });

  it('the merged workspace is checked across records before it is written: a dangling reference is refused with the record named', async () => {
    const { checkWorkspace } = await import('../../../shared/fileFormat/restore');
    const ours = workspace();
    const file = fileOf('wang.json', ours, (t) => (t.stakeholders[0] = { ...t.stakeholders[0]!, accountId: 'acc-gone', updatedAt: LATER }));
    const finished = finishMerge(planMerge(ours, [file]), noChoices);
    const checked = checkWorkspace({ settings: finished.settings, ...finished.tables });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0]).toMatchObject({ code: 'dangling_reference', subject: { table: 'stakeholders', label: '关键人1' } });
    expect(checkWorkspace({ settings: ours.settings, ...ours.tables })).toEqual({ ok: true });
  });
});
