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
    expect(english(refused(mutated((d) => Object.assign(d, { version: '2' }))).problems)).toEqual(['version: the format version must be a whole number; the file has "2"']);
    // 1e309 is Infinity once parsed: a number, but no version.
    expect(english(refused(mutated((d) => Object.assign(d, { version: 0 })).replace('"version":0', '"version":1e309')).problems)).toEqual([
      'version: the format version must be a whole number; the file has Infinity',
    ]);
    expect(english(refused(mutated((d) => Reflect.deleteProperty(d, 'version'))).problems)).toEqual(['version: the file has no format version']);
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

  it('a missing required field is reported as required, named by its record; a missing table is an empty one', () => {
    const text = mutated((d) => {
      delete (d.data as Partial<typeof d.data>).renewals;
      delete (d.data.stakeholders[0] as Partial<(typeof d.data.stakeholders)[0]>).accountId;
    });
    const { problems } = refused(text);
    expect(english(problems)).toEqual(['data.stakeholders[0].accountId: is required']);
    expect(problems[0]?.subject).toEqual({ table: 'stakeholders', label: '关键人1', account: '', field: 'accountId' });
    const withoutTable = mutated((d) => delete (d.data as Partial<typeof d.data>).renewals);
    const restored = restoreText(withoutTable);
    expect(restored.ok && restored.data.renewals).toEqual([]);
  });

  it('names the record of every problem: the person and the account, the contract by its title', () => {
    const text = mutated((d) => {
      Object.assign(d.data.stakeholders[4] as object, { stance: 5 });
      Object.assign(d.data.contracts[1] as object, { amount: 'lots' });
    });
    const { problems } = refused(text);
    expect(problems.map((p) => p.subject)).toEqual([
      { table: 'stakeholders', label: '关键人2', account: '示例客户2号（集团）有限公司', field: 'stance' },
      { table: 'contracts', label: '一期合同', account: '示例客户2号（集团）有限公司', field: 'amount' },
    ]);
    // The path stays for the expert.
    expect(problems.map((p) => p.path)).toEqual(['data.stakeholders[4].stance', 'data.contracts[1].amount']);
  });

  it('a version-1 file without settings takes its plan year from the export time, and never invents 1970', () => {
    const pilot = { format: 'keyplan-workspace', version: 1, app: { name: 'Keyplan', version: '0.0.1' }, data: { currency: 'CNY', accounts: [] } };
    // Without an export time the file is refused for exactly that, not for a plan year it never had.
    expect(english(refused(JSON.stringify(pilot)).problems)).toEqual(['exportedAt: is required']);
    const result = restore({ ...pilot, exportedAt: '2025-09-30T08:00:00.000Z' });
    if (!result.ok) throw new Error(english(result.problems).join('\n'));
    expect(result.data.settings.planYear).toBe(2025);
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

describe('restore() applies the editors\' own rules, so a file never holds what the UI refuses', () => {
  const today = '2026-11-22';
  const check = (mutate: (doc: ReturnType<typeof envelopeOf>) => void) => {
    const result = restore(JSON.parse(mutated(mutate)), { today });
    if (result.ok) throw new Error('expected the file to be refused');
    return result.problems.map((p) => `${p.path}:${p.code}`);
  };
  type Installment = ReturnType<typeof envelopeOf>['data']['contracts'][number]['installments'][number];
  const installment = (d: ReturnType<typeof envelopeOf>, i: number): Installment => d.data.contracts[0]!.installments[i]!;

  it('accepts the sample workspace as it is', () => {
    expect(restore(JSON.parse(mutated(() => undefined)), { today }).ok).toBe(true);
  });

  it('contracts: over-payment without its flag, money before signing, in the future or without a date, a due date before signing, an amount of 0', () => {
    expect(check((d) => Object.assign(installment(d, 0), { received: 400_000 }))).toEqual(['data.contracts[0].installments[0].received:overpaid']);
    expect(check((d) => Object.assign(installment(d, 0), { receivedDate: '2025-11-01' }))).toEqual(['data.contracts[0].installments[0].receivedDate:before_signing']);
    expect(check((d) => Object.assign(installment(d, 1), { received: 1, receivedDate: '2026-12-01' }))).toEqual(['data.contracts[0].installments[1].receivedDate:date_in_future']);
    expect(check((d) => Object.assign(installment(d, 1), { received: 1 }))).toEqual(['data.contracts[0].installments[1].receivedDate:required']);
    expect(check((d) => Object.assign(installment(d, 1), { dueDate: '2025-10-01' }))).toEqual(['data.contracts[0].installments[1].dueDate:before_signing']);
    expect(check((d) => Object.assign(d.data.contracts[0]!, { amount: 0, installments: [] }))).toEqual(['data.contracts[0].amount:too_small']);
    expect(check((d) => Object.assign(installment(d, 1), { id: installment(d, 0).id }))).toEqual(['data.contracts[0].installments[1].id:duplicate_id']);
  });

  it('activities, opportunities and accounts: a done visit in the future, a next step before it, a won deal without a reason, future founding and purchases', () => {
    expect(check((d) => Object.assign(d.data.activities[0]!, { date: '2026-12-01', planned: false }))).toContain('data.activities[0].date:date_in_future');
    expect(check((d) => Object.assign(d.data.activities[0]!, { nextStepDate: '2020-01-01' }))).toEqual(['data.activities[0].nextStepDate:before_activity']);
    expect(check((d) => Object.assign(d.data.opportunities[0]!, { stage: 'WON', winLossReason: '' }))).toEqual(['data.opportunities[0].winLossReason:reason_required']);
    expect(check((d) => Object.assign(d.data.accounts[0]!.information, { founded: '2027-01-01' }))).toEqual(['data.accounts[0].information.founded:date_in_future']);
    expect(check((d) => Object.assign(d.data.accounts[0]!.purchases[0]!, { date: '2026-12-24' }))).toEqual(['data.accounts[0].purchases[0].date:date_in_future']);
    expect(check((d) => d.data.accounts[0]!.barriers.push({ ...d.data.accounts[0]!.barriers[0]! }))).toEqual(['data.accounts[0].barriers[1].id:duplicate_id']);
  });

  it('the same influence drawn twice is refused; a tombstoned twin is history and fine', () => {
    expect(check((d) => d.data.influenceLinks.push({ ...d.data.influenceLinks[0]!, id: 'link-twin' }))).toEqual(['data.influenceLinks[2].toId:duplicate_link']);
    const deletedTwin = mutated((d) => d.data.influenceLinks.push({ ...d.data.influenceLinks[0]!, id: 'link-twin', deletedAt: '2026-02-01T00:00:00.000Z' }));
    expect(restore(JSON.parse(deletedTwin), { today }).ok).toBe(true);
  });
});
