import { describe, expect, it } from 'vitest';
import type { WorkspaceData, WorkspaceTables } from '../../../shared/domain/workspace';
import { finishMerge, planMerge, type MergeFile } from '../../../shared/merge/mergePlan';
import { NO_HISTORY } from '../../../shared/merge/mergeHistory';
import { TABLES } from '../../../shared/domain/workspace';
import type { AnyRecord } from '../../../shared/merge/mergeWorkspaces';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

const LATER = '2026-12-01T00:00:00.000Z';
const EVEN_LATER = '2026-12-02T00:00:00.000Z';

function workspace(): { settings: WorkspaceData['settings']; tables: WorkspaceTables } {
  const { settings, ...tables } = buildSampleWorkspace({ accounts: 1, stakeholders: 2 });
  return { settings, tables };
}

/** A manager's file made from `from`: its changed records carry the version they were changed from, as exports do. */
const fileOf = (name: string, from: ReturnType<typeof workspace>, change: (tables: WorkspaceTables) => void, options: Partial<MergeFile> = {}): MergeFile => {
  const tables = structuredClone(from.tables);
  change(tables);
  const ancestors = new Map<string, AnyRecord>();
  for (const table of TABLES) {
    const before = new Map((from.tables[table] as AnyRecord[]).map((r) => [r.id, r]));
    for (const record of tables[table] as AnyRecord[]) {
      const old = before.get(record.id);
      if (old && JSON.stringify(old) !== JSON.stringify(record)) ancestors.set(`${table}/${record.id}`, old);
    }
  }
  return { name, source: null, settings: structuredClone(from.settings), tables, redacted: false, ancestors, ...options };
};

const noChoices = { choices: new Map<string, string>() };

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

  it('counts per file only the tables it changes, writes only what changed, and remembers what the source sent for its next merge', () => {
    const ours = workspace();
    const file = fileOf('a.json', ours, (t) => (t.accounts[0] = { ...t.accounts[0]!, region: '西北', updatedAt: LATER }), { source: 'ws-wang' });
    const plan = planMerge(ours, [file]);
    expect(plan.preview.files).toEqual([{ name: 'a.json', counts: { accounts: { added: 0, updated: 1, deleted: 0, unchanged: 0, conflicts: 0 } } }]);
    const finished = finishMerge(plan, noChoices);
    expect(finished.changed.accounts.map((a) => a.region)).toEqual(['西北']);
    expect(finished.changed.stakeholders).toEqual([]);
    expect(finished.settingsChanged).toBe(false);
    expect(finished.history.seen.get('ws-wang')?.get(`accounts/${ours.tables.accounts[0]!.id}`)).toMatchObject({ region: '西北', updatedAt: LATER });
  });

  it('two managers who changed one title are both listed, with the director when he changed it too; a settled field is not asked again', () => {
    const ours = workspace();
    const person = ours.tables.stakeholders[0]!;
    const zhang = fileOf('zhang.json', ours, (t) => (t.stakeholders[0] = { ...t.stakeholders[0]!, title: '总裁', updatedAt: LATER }), { source: 'ws-zhang' });
    const li = fileOf('li.json', ours, (t) => (t.stakeholders[0] = { ...t.stakeholders[0]!, title: '党委书记', updatedAt: EVEN_LATER }), { source: 'ws-li' });
    const plan = planMerge(ours, [zhang, li]);
    expect(plan.preview.conflicts.map((c) => [c.field, c.values.map((v) => [v.side, v.value]), c.chosen])).toEqual([
      ['title', [['zhang.json', '总裁'], ['li.json', '党委书记']], 'li.json'],
    ]);
    const key = plan.preview.conflicts[0]!.key;
    const kept = finishMerge(plan, { choices: new Map([[key, 'zhang.json']]) });
    expect(kept.tables.stakeholders[0]?.title).toBe('总裁');
    // The director changed it as well: three values, and "ours" keeps his.
    const mine = structuredClone(ours);
    mine.tables.stakeholders[0] = { ...person, title: '董事长', updatedAt: LATER };
    const three = planMerge(mine, [zhang, li]);
    expect(three.preview.conflicts[0]?.values.map((v) => v.side)).toEqual(['ours', 'zhang.json', 'li.json']);
    expect(finishMerge(three, { choices: new Map([[key, 'ours']]) }).tables.stakeholders[0]?.title).toBe('董事长');
    // The same files again after the merge: what each source sent is remembered, nothing is asked again.
    const seen = kept.history.seen;
    const again = planMerge({ settings: ours.settings, tables: kept.tables }, [zhang, li], { ...NO_HISTORY, seen });
    expect(again.preview.conflicts).toEqual([]);
    expect(again.merge.tables.stakeholders[0]?.title).toBe('总裁');
  });

  it('a deletion by one manager against another’s edit is listed, not settled by the clock', () => {
    const ours = workspace();
    const zhang = fileOf('zhang.json', ours, (t) => (t.stakeholders[1] = { ...t.stakeholders[1]!, deletedAt: LATER, updatedAt: LATER }));
    const li = fileOf('li.json', ours, (t) => (t.stakeholders[1] = { ...t.stakeholders[1]!, title: '副总', updatedAt: EVEN_LATER }));
    const plan = planMerge(ours, [zhang, li]);
    expect(plan.preview.conflicts.map((c) => [c.field, c.kind.kind, c.values.map((v) => v.side)])).toEqual([['deletedAt', 'deleted', ['zhang.json', 'li.json']]]);
    expect(finishMerge(plan, { choices: new Map([[plan.preview.conflicts[0]!.key, 'zhang.json']]) }).tables.stakeholders[1]?.deletedAt).toBe(LATER);
  });

  it('lists every difference in the team list, first, and a flip keeps our colleague', () => {
    const ours = workspace();
    const file = fileOf('wang.json', ours, (t) => (t.teamMembers[1] = { ...t.teamMembers[1]!, name: '李工程师', updatedAt: LATER }));
    const plan = planMerge(ours, [file]);
    expect(plan.preview.conflicts[0]).toMatchObject({ table: 'teamMembers', label: '李工', field: 'name', values: [{ side: 'ours', value: '李工' }, { side: 'wang.json', value: '李工程师' }], chosen: 'wang.json' });
    const kept = finishMerge(plan, { choices: new Map([[plan.preview.conflicts[0]!.key, 'ours']]) });
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
    const taken = finishMerge(plan, { choices: new Map(), settings: [['riskMarginPercent', 'wang.json']] }, EVEN_LATER);
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
