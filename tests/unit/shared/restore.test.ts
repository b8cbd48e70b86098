import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore, restoreText } from '../../../shared/fileFormat/restore';
import { describeProblem, type Problem } from '../../../shared/fileFormat/problems';
import { serializeWorkspace } from '../../../shared/fileFormat/serialize';
import { en } from '../../../shared/i18n/en';
import { buildSampleWorkspace, envelopeOf, workspaceFileText } from '../../support/sampleWorkspace';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const english = (problems: Problem[]) => problems.map((p) => describeProblem(p, en.problems));

function refused(text: string) {
  const result = restoreText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

function mutated(mutate: (doc: ReturnType<typeof envelopeOf>) => void): string {
  const doc = envelopeOf(buildSampleWorkspace({ accounts: 2 }));
  mutate(doc);
  return JSON.stringify(doc);
}

describe('restore() accepts valid files', () => {
  it('reads a complete current-version workspace with Chinese text', () => {
    const data = buildSampleWorkspace({ accounts: 3 });
    const result = restoreText(workspaceFileText(data));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.accounts).toHaveLength(3);
    expect(result.data.accounts[0]?.name).toBe('示例客户1号（集团）有限公司');
    expect(result.migratedFrom).toBeNull();
  });

  it('migrates the hand-written version 1 (pilot) fixture', () => {
    const result = restoreText(fixture('workspace-v1.json'));
    if (!result.ok) throw new Error(english(result.problems).join('\n'));
    expect(result.migratedFrom).toBe(1);
    expect(result.data.settings.currency).toBe('CNY');
    expect(result.data.settings.planYear).toBe(2025);
    expect(result.data.stakeholders.map((s) => [s.name, s.stance])).toEqual([
      ['刘总', 2],
      ['陈主任', -1],
    ]);
    // Defaults are filled in for fields the pilot format did not have.
    expect(result.data.stakeholders[0]?.coverage).toBe('NOT_CONTACTED');
    expect(result.data.accounts[0]?.deletedAt).toBeNull();
  });

  it('export → restore → export is byte-identical (apart from exportedAt) including Chinese text', () => {
    const data = buildSampleWorkspace({ accounts: 5 });
    const options = { app: { name: 'Keyplan', version: 'test' }, exportedAt: '2026-02-01T00:00:00.000Z', redact: false };
    const first = serializeWorkspace(data.settings, data, options).join('');
    const result = restoreText(first);
    if (!result.ok) throw new Error(english(result.problems).join('\n'));
    const second = serializeWorkspace(result.data.settings, result.data, { ...options, exportedAt: '2026-03-01T00:00:00.000Z' }).join('');
    expect(second.replace('2026-03-01', '2026-02-01')).toBe(first);
    expect(first).toContain('关键人1');
  });

  it('keeps chart positions and folded subtrees; files from before they existed get the layout defaults', () => {
    const data = buildSampleWorkspace({ accounts: 1, stakeholders: 3 });
    data.stakeholders[0] = { ...data.stakeholders[0]!, position: { x: -120, y: 48 }, collapsed: true };
    const options = { app: { name: 'Keyplan', version: 'test' }, exportedAt: '2026-02-01T00:00:00.000Z', redact: false };
    const result = restoreText(serializeWorkspace(data.settings, data, options).join(''));
    if (!result.ok) throw new Error(english(result.problems).join('\n'));
    expect(result.data.stakeholders[0]).toMatchObject({ position: { x: -120, y: 48 }, collapsed: true });
    expect(result.data.chartSnapshots[0]?.stakeholders.length).toBeGreaterThan(0);

    const older = JSON.parse(workspaceFileText(data)) as { data: { stakeholders: Record<string, unknown>[] } };
    for (const person of older.data.stakeholders) {
      delete person.position;
      delete person.collapsed;
    }
    const upgraded = restore(older);
    if (!upgraded.ok) throw new Error(english(upgraded.problems).join('\n'));
    expect(upgraded.data.stakeholders[0]).toMatchObject({ position: null, collapsed: false });
  });

  it('refuses a chart position that is not a finite number, with its path', () => {
    const file = JSON.parse(workspaceFileText(buildSampleWorkspace({ accounts: 1, stakeholders: 2 }))) as { data: { stakeholders: Record<string, unknown>[] } };
    file.data.stakeholders[1]!.position = { x: 1e12, y: 'top' };
    const result = restore(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(['data.stakeholders[1].position.x', 'data.stakeholders[1].position.y']);
  });

  it('redacted exports empty every personal file, live and in snapshots, and say so', () => {
    const data = buildSampleWorkspace({ accounts: 1 });
    const text = serializeWorkspace(data.settings, data, { app: { name: 'Keyplan', version: 't' }, exportedAt: '2026-02-01T00:00:00.000Z', redact: true }).join('');
    expect(text).not.toContain('湖南长沙');
    const result = restoreText(text);
    expect(result.ok && result.envelope.redacted).toBe(true);
  });
});

describe('restore() refuses bad files with a precise message', () => {
  it('not JSON: says where', () => {
    const { problems } = refused('{"format": "keyplan-workspace",\n  "version": 2,\n  oops }');
    expect(english(problems)).toEqual(['the file is not valid JSON (line 3, column 3)']);
  });

  it.each([
    ['这不是 JSON', 1, 1],
    ['[1,2,]', 1, 6],
    ['{"name":"a]b",\n  "x": ]', 2, 8],
    ['{"a":', 1, 6],
    ['{} x', 1, 4],
  ])('not JSON %j: line %i, column %i', (text, line, column) => {
    expect(refused(text).problems[0]).toEqual({ path: '', code: 'not_json', params: { line, column } });
  });

  it('empty file and whitespace', () => {
    expect(english(refused('   \n').problems)).toEqual(['the file is empty']);
  });

  it('50 MB of junk is refused quickly as not JSON', () => {
    const junk = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const { problems } = refused(junk);
    expect(problems[0]?.code).toBe('not_json');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('JSON that is not an object, or another format, is refused by name', () => {
    expect(english(refused('[1,2,3]').problems)).toEqual(['the file does not contain a Keyplan workspace (expected a JSON object)']);
    expect(english(refused('{"format":"excalidraw","version":2}').problems)).toEqual([
      'format: this is not a Keyplan workspace file (format is “excalidraw”, expected “keyplan-workspace”)',
    ]);
  });

  it('a newer version is refused by name; a missing version too', () => {
    expect(english(refused(mutated((d) => Object.assign(d, { version: 9 }))).problems)).toEqual([
      'version: the file was written by a newer Keyplan (format version 9; this version reads up to 2). Update Keyplan to open it.',
    ]);
    expect(refused(mutated((d) => Object.assign(d, { version: '2' }))).problems[0]?.code).toBe('missing_version');
  });

  it('wrong types and ranges are reported with their paths', () => {
    const text = mutated((d) => {
      Object.assign(d.data.stakeholders[1] as object, { stance: 5 });
      Object.assign(d.data.accounts[0] as object, { name: '' });
      Object.assign(d.data.accounts[1] as object, { tier: 'GOLD' });
      Object.assign(d.data.opportunities[0] as object, { amount: 'lots' });
      Object.assign(d.data.planRows[0] as object, { year: 2026.5 });
      Object.assign(d.data.activities[0] as object, { date: '2026-02-30' });
    });
    expect(english(refused(text).problems)).toEqual([
      'data.accounts[0].name: is required',
      'data.accounts[1].tier: must be one of: STRATEGIC, TOP, KEY, REGULAR',
      'data.stakeholders[1].stance: must be between -2 and 2',
      'data.opportunities[0].amount: must be number, found string',
      'data.activities[0].date: must be a real calendar date (YYYY-MM-DD)',
      'data.planRows[0].year: must be a whole number',
    ]);
  });

  it('a missing table or missing required field is reported as required', () => {
    const text = mutated((d) => {
      delete (d.data as Partial<typeof d.data>).renewals;
      delete (d.data.stakeholders[0] as Partial<(typeof d.data.stakeholders)[0]>).accountId;
    });
    expect(english(refused(text).problems)).toEqual(['data.stakeholders[0].accountId: is required', 'data.renewals: is required']);
  });

  it('dangling and cross-account references', () => {
    const text = mutated((d) => {
      Object.assign(d.data.competitors[0] as object, { accountId: 'acc-404' });
      // sh of account 2 reporting to a person of account 1
      Object.assign(d.data.stakeholders[4] as object, { reportsToId: 'sh-000001-002' });
      Object.assign(d.data.activities[0] as object, { teamMemberIds: ['tm-000001', 'tm-ghost'] });
    });
    expect(english(refused(text).problems)).toEqual([
      'data.stakeholders[4].reportsToId: points at “sh-000001-002” in stakeholders, which belongs to another account',
      'data.competitors[0].accountId: points at “acc-404”, which is not in accounts',
      'data.activities[0].teamMemberIds[1]: points at “tm-ghost”, which is not in teamMembers',
    ]);
  });

  it('reporting cycles and account-tree cycles', () => {
    const text = mutated((d) => {
      Object.assign(d.data.stakeholders[0] as object, { reportsToId: 'sh-000001-003' }); // 1 → 3 → 1
      Object.assign(d.data.accounts[0] as object, { parentId: 'acc-000002' });
      Object.assign(d.data.accounts[1] as object, { parentId: 'acc-000001' });
    });
    expect(english(refused(text).problems)).toEqual([
      'data.accounts[0].parentId: forms a cycle: 示例客户1号（集团）有限公司 → 示例客户2号（集团）有限公司 → 示例客户1号（集团）有限公司',
      'data.stakeholders[0].reportsToId: forms a cycle: 关键人1 → 关键人3 → 关键人1',
    ]);
  });

  it('duplicate ids', () => {
    const text = mutated((d) => Object.assign(d.data.opportunities[1] as object, { id: 'opp-000001-001' }));
    expect(english(refused(text).problems)).toEqual(['data.opportunities[1].id: id “opp-000001-001” is used twice (also at data.opportunities[0])']);
  });

  it('caps the list but counts every problem', () => {
    const text = mutated((d) => {
      d.data.accounts = Array.from({ length: 500 }, (_, i) => ({ ...(d.data.accounts[0] as object), id: `a${i}`, tier: 'X' })) as unknown as typeof d.data.accounts;
    });
    const result = refused(text);
    expect(result.problems).toHaveLength(100);
    expect(result.total).toBeGreaterThanOrEqual(500);
  });

  it('never throws, whatever the input', () => {
    for (const value of [null, 0, 'str', true, {}, { format: 'keyplan-workspace' }, { format: 'keyplan-workspace', version: 1, data: 7 }]) {
      expect(() => restore(value)).not.toThrow();
      expect(restore(value).ok).toBe(false);
    }
  });
});
