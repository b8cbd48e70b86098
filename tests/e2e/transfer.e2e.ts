/**
 * Workspace files as people exchange them: export, lose some data, import, same data; a file that
 * would replace most of the workspace asks first; bad files are refused with the reason and the
 * stored workspace stays exactly as it was.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { exportWorkspace, importFile, liveOnly, storedRecords } from './support/workspaceActions';

const STORES = ['settings', 'teamMembers', 'accounts', 'stakeholders', 'opportunities', 'activities', 'planRows', 'contracts', 'chartSnapshots'];

async function snapshotOfStorage(page: Page) {
  const out: Record<string, unknown[]> = {};
  for (const store of STORES) out[store] = await storedRecords(page, store);
  return out;
}

/** Files refused for the reasons people meet, each with what the refusal must say. */
function malformedFiles(): [string, string, RegExp][] {
  const badStance = JSON.parse(workspaceFileText(buildSampleWorkspace({ accounts: 2 }))) as { data: { stakeholders: { stance: number }[] } };
  badStance.data.stakeholders[1]!.stance = 5;
  const cycle = JSON.parse(workspaceFileText(buildSampleWorkspace({ accounts: 1 }))) as { data: { stakeholders: { reportsToId: string | null }[] } };
  cycle.data.stakeholders[0]!.reportsToId = 'sh-000001-003';
  return [
    ['notes.txt', '这不是 JSON', /文件不是有效的 JSON（第 1 行，第 1 列）/],
    ['other.json', '{"format":"excalidraw","version":2,"elements":[]}', /这不是 Keyplan 工作区文件/],
    ['future.json', '{"format":"keyplan-workspace","version":99,"data":{}}', /更新版本的 Keyplan 生成（格式版本 99/],
    // Named as the person knows the record, the path kept beside it for the expert.
    ['stance.json', JSON.stringify(badStance), /关键人 关键人2（示例客户1号（集团）有限公司） · 立场：必须在 -2 到 2 之间\s*data\.stakeholders\[1\]\.stance/],
    ['cycle.json', JSON.stringify(cycle), /关键人 关键人1（示例客户1号（集团）有限公司） · 汇报对象：形成了循环：关键人1 → 关键人3 → 关键人1\s*data\.stakeholders\[0\]\.reportsToId/],
  ];
}

async function expectEveryRefused(page: Page, cases: [string, string, RegExp][]) {
  for (const [name, content, reason] of cases) {
    await importFile(page, name, content);
    const dialog = page.getByRole('dialog').filter({ hasText: '无法导入该文件' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(reason);
    expect(await dialog.textContent()).toContain(`“${name}”未导入，工作区没有任何改动`);
    await dialog.getByRole('button').last().click();
    await dialog.waitFor({ state: 'detached' });
  }
}

async function importSample(page: Page, accounts: number) {
  const data = buildSampleWorkspace({ accounts });
  await importFile(page, 'sample.json', workspaceFileText(data));
  await page.getByText(/已从“sample.json”导入 \d+ 条记录。/).waitFor();
  return data;
}

describe('workspace export and import', () => {
  it('export → delete → import gives the same data, and export again is identical (Chinese text included)', async () => {
    const { page } = await openApp();
    const sample = await importSample(page, 5);
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('row', { name: /示例客户5号/ }).waitFor();

    const first = await exportWorkspace(page, { includeSensitive: true });
    expect(first.name).toMatch(/^keyplan-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(first.text) as { format: string; version: number; redacted: boolean; data: typeof sample };
    expect(exported).toMatchObject({ format: 'keyplan-workspace', version: 2, redacted: false });
    expect(exported.data).toEqual(sample);

    for (const name of ['示例客户1号（集团）有限公司', '示例客户2号（集团）有限公司']) {
      await page.getByRole('button', { name: `删除 ${name}` }).click();
      await page.getByRole('dialog', { name: `删除客户“${name}”？` }).getByRole('button', { name: /删\s?除/ }).click();
    }
    await page.getByRole('row', { name: /示例客户2号/ }).waitFor({ state: 'detached' });
    expect(liveOnly(await storedRecords<{ deletedAt: string | null }>(page, 'accounts'))).toHaveLength(3);

    await importFile(page, first.name, first.text);
    await page.getByText(/已从“keyplan-.*导入 \d+ 条记录。/).waitFor();
    await page.getByRole('row', { name: /示例客户1号/ }).waitFor();
    expect(liveOnly(await storedRecords<{ deletedAt: string | null }>(page, 'accounts'))).toHaveLength(5);

    const second = await exportWorkspace(page, { includeSensitive: true });
    const withoutTime = (text: string) => text.replace(/"exportedAt":"[^"]+"/, '');
    expect(withoutTime(second.text)).toBe(withoutTime(first.text));
    expect(second.text).toContain('示例客户1号（集团）有限公司');
  });

  it('export → clear storage (a fresh profile) → import → the same data and the same file', async () => {
    const { page } = await openApp();
    await importSample(page, 3);
    const original = await exportWorkspace(page, { includeSensitive: true });
    const before = await snapshotOfStorage(page);

    const { page: fresh } = await openApp();
    expect(await storedRecords(fresh, 'accounts')).toEqual([]);
    await importFile(fresh, original.name, original.text);
    await fresh.getByText(/已从“keyplan-.*导入 \d+ 条记录。/).waitFor();
    expect(await snapshotOfStorage(fresh)).toEqual(before);
    const again = await exportWorkspace(fresh, { includeSensitive: true });
    // Byte for byte the same file, except when it was written and which workspace wrote it: a fresh
    // profile is another workspace (merges keep their bases per source).
    const sourceOf = (text: string) => /"source":"([^"]+)"/.exec(text)?.[1];
    expect(sourceOf(again.text)).toMatch(/^[0-9a-f-]{36}$/);
    expect(sourceOf(again.text)).not.toBe(sourceOf(original.text));
    // …and where its untouched records came from: the first workspace.
    expect(JSON.parse(again.text)).toMatchObject({ history: { pristineFrom: sourceOf(original.text), ancestors: [] } });
    const comparable = (text: string) => text.replace(/"exportedAt":"[^"]+"/, '').replace(/"source":"[^"]+"/, '').replace(/"pristineFrom":(null|"[^"]+")/, '');
    expect(comparable(again.text)).toBe(comparable(original.text));
  });

  it('leaves personal files out unless asked', async () => {
    const { page } = await openApp();
    await importSample(page, 1);
    const redacted = await exportWorkspace(page);
    expect(JSON.parse(redacted.text)).toMatchObject({ redacted: true });
    expect(redacted.text).not.toContain('湖南长沙');
    const full = await exportWorkspace(page, { includeSensitive: true });
    expect(full.text).toContain('湖南长沙');
    // The next export starts without personal files again.
    const next = await exportWorkspace(page);
    expect(next.text).not.toContain('湖南长沙');
  });

  it('leaves contacts out unless asked and can hide coaches; such a file merged back keeps what this workspace knows', async () => {
    const { page } = await openApp();
    const data = buildSampleWorkspace({ accounts: 1, stakeholders: 5 });
    data.stakeholders[0]!.contacts = { phone: '', mobile: '13900001111', email: '', wechat: '', address: '' };
    await importFile(page, 'sample.json', workspaceFileText(data));
    await page.getByText(/已从“sample.json”导入/).waitFor();
    const plain = await exportWorkspace(page);
    expect(JSON.parse(plain.text)).toMatchObject({ redacted: true, contactsLeftOut: true });
    expect(plain.text).not.toContain('13900001111');

    // 隐去向导身份: the coach (关键人4) is 向导 A in the file, nowhere named.
    await page.getByRole('banner').getByRole('button', { name: /^导\s?出$/ }).click();
    const dialog = page.getByRole('dialog', { name: '导出工作区' });
    await dialog.getByRole('checkbox', { name: /隐去向导身份/ }).check();
    await dialog.getByText('不包含：个人档案、联系方式、向导的姓名和职务').waitFor();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
    const chunks: Buffer[] = [];
    for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
    const hidden = Buffer.concat(chunks).toString('utf8');
    expect(JSON.parse(hidden)).toMatchObject({ coachesHidden: true });
    expect(hidden).not.toContain('关键人4');
    expect(hidden).toContain('向导 A');

    // A teammate then wins the coach over and sends the file back: his stance comes in, the name stays ours.
    const file = JSON.parse(hidden) as { data: { stakeholders: { name: string; stance: number; updatedAt: string; contacts: { mobile: string } }[] } };
    const coach = file.data.stakeholders.find((p) => p.name === '向导 A')!;
    Object.assign(coach, { stance: 2, updatedAt: '2026-11-30T09:00:00.000Z' });
    const first = file.data.stakeholders.find((p) => p.name === '关键人1')!;
    Object.assign(first, { stance: 1, updatedAt: '2026-11-30T09:00:00.000Z' });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: '把其他人的工作区文件合并进来' }).click();
    await (await chooser).setFiles({ name: 'shared.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file), 'utf8') });
    await page.getByRole('dialog', { name: /合并 1 个文件：预览/ }).getByRole('button', { name: /合\s?并/ }).click();
    await page.getByText('已合并，工作区现有').waitFor();
    const people = await storedRecords<{ name: string; stance: number; contacts: { mobile: string } }>(page, 'stakeholders');
    expect(people.map((p) => p.name)).not.toContain('向导 A');
    expect(people.find((p) => p.name === '关键人4')?.stance).toBe(2);
    expect(people.find((p) => p.name === '关键人1')).toMatchObject({ stance: 1, contacts: { mobile: '13900001111' } });
  });

  it('asks before replacing most of the workspace; cancelling changes nothing', async () => {
    const { page } = await openApp();
    await importSample(page, 3);
    const before = await snapshotOfStorage(page);

    const other = buildSampleWorkspace({ accounts: 1 });
    other.accounts[0] = { ...other.accounts[0]!, name: '另一个人的客户' };
    await importFile(page, 'colleague.json', workspaceFileText({ ...other, accounts: other.accounts.map((a) => ({ ...a, updatedAt: '2026-06-01T00:00:00.000Z' })) }));
    const confirm = page.getByRole('dialog', { name: '替换当前工作区？' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/文件包含 \d+ 条记录/);
    await confirm.getByRole('button', { name: /取\s?消/ }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await snapshotOfStorage(page)).toEqual(before);

    await importFile(page, 'colleague.json', workspaceFileText({ ...other, accounts: other.accounts.map((a) => ({ ...a, updatedAt: '2026-06-01T00:00:00.000Z' })) }));
    await page.getByRole('dialog', { name: '替换当前工作区？' }).getByRole('button', { name: '替换工作区' }).click();
    await page.getByText('已从“colleague.json”导入').waitFor();
    const accounts = await storedRecords<{ name: string }>(page, 'accounts');
    expect(accounts.map((a) => a.name)).toEqual(['另一个人的客户']);
  });

  it('a file that leaves out whole tables names each table it would empty and how many records it holds; cancelling keeps them', async () => {
    const { page } = await openApp();
    await importSample(page, 3);
    const before = await snapshotOfStorage(page);
    const complete = await exportWorkspace(page, { includeSensitive: true });
    const cut = JSON.parse(complete.text) as { data: Record<string, unknown> };
    delete cut.data.contracts;
    delete cut.data.activities;
    await importFile(page, 'cut.json', JSON.stringify(cut));
    const confirm = page.getByRole('dialog', { name: '替换当前工作区？' });
    await confirm.getByText(`文件里没有“合同”这张表：导入后，本工作区现有的 ${before.contracts!.length} 条合同会被清空。`).waitFor();
    await confirm.getByText(`文件里没有“跟进记录”这张表：导入后，本工作区现有的 ${before.activities!.length} 条跟进记录会被清空。`).waitFor();
    await confirm.getByRole('button', { name: /取\s?消/ }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await snapshotOfStorage(page)).toEqual(before);
    expect(before.contracts!.length).toBeGreaterThan(0);
  });

  it('refuses malformed files with the reason and where, and the workspace is untouched', async () => {
    const { page } = await openApp();
    await importSample(page, 2);
    const before = await snapshotOfStorage(page);
    await expectEveryRefused(page, malformedFiles());
    expect(await snapshotOfStorage(page)).toEqual(before);
  });

  it('into an empty workspace (written while checked) a malformed file leaves nothing behind, even a problem found only after every record was handed to storage', async () => {
    const { page } = await openApp();
    const before = await snapshotOfStorage(page);
    expect(before.accounts).toEqual([]);
    await expectEveryRefused(page, malformedFiles());
    expect(await snapshotOfStorage(page)).toEqual(before);
  });

  it('upgrades a file from the pilot format (version 1)', async () => {
    const { page } = await openApp();
    await importFile(page, 'pilot.json', readFileSync(new URL('../fixtures/workspace-v1.json', import.meta.url)));
    await page.getByText('该文件是旧版格式（版本 1），已自动升级。').waitFor();
    const people = await storedRecords<{ name: string; stance: number }>(page, 'stakeholders');
    expect(people.map((p) => [p.name, p.stance])).toEqual([
      ['刘总', 2],
      ['陈主任', -1],
    ]);
  });

  it('exports with a password: the file shows nothing readable; importing asks for the password, refuses a wrong one, opens with the right one', async () => {
    const { page } = await openApp();
    await importSample(page, 2);
    const sealed = await exportWorkspace(page, { password: '陕西移动2026' });
    expect(sealed.name).toMatch(/-encrypted\.json$/);
    expect(sealed.text).not.toContain('示例客户');
    expect(JSON.parse(sealed.text)).toMatchObject({ format: 'keyplan-encrypted', kdf: { name: 'PBKDF2', hash: 'SHA-256' }, cipher: { name: 'AES-GCM' } });

    const { page: other } = await openApp();
    await importFile(other, 'from-manager.json', sealed.text);
    const ask = other.getByRole('dialog', { name: '“from-manager.json”已加密，请输入密码' });
    await ask.getByRole('textbox', { name: '密码' }).fill('wrong-password');
    await ask.getByRole('button', { name: /打\s?开/ }).click();
    const refusal = other.getByRole('dialog').filter({ hasText: '无法导入该文件' });
    await refusal.getByText('密码不对，或者文件在写出后被改动过。工作区没有任何改动。').waitFor();
    await refusal.getByRole('button').last().click();
    expect(liveOnly(await storedRecords<{ deletedAt: string | null }>(other, 'accounts'))).toEqual([]);

    await importFile(other, 'from-manager.json', sealed.text);
    await ask.getByRole('textbox', { name: '密码' }).fill('陕西移动2026');
    await ask.getByRole('button', { name: /打\s?开/ }).click();
    // Personal files were left out of the export: the import says so before it writes.
    await other.getByRole('dialog', { name: '替换当前工作区？' }).getByRole('button', { name: '替换工作区' }).click();
    await other.getByText(/已从“from-manager.json”导入/).waitFor();
    expect(liveOnly(await storedRecords<{ name: string; deletedAt: string | null }>(other, 'accounts')).map((a) => a.name).sort()).toEqual([
      '示例客户1号（集团）有限公司',
      '示例客户2号（集团）有限公司',
    ]);
  });
});
