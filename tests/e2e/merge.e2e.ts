/**
 * A director merges his managers' files: several at once, a preview of what each changes before
 * anything is written, a conflict (changed here and in the file since the last merge) shown with both
 * values and flipped, the result stored, and Undo merge back to exactly what was there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { exportWorkspace, importFile, liveOnly, storedRecords } from './support/workspaceActions';

const LATER = '2026-12-30T00:00:00.000Z';

/** 合并 ▸ the files chosen at once; `text` is the file as written, `data` a workspace to write as a file. */
async function mergeFiles(page: Page, files: ({ name: string; data: WorkspaceData } | { name: string; text: string })[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: '把其他人的工作区文件合并进来' }).click();
  await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from('text' in f ? f.text : workspaceFileText(f.data), 'utf8') })));
  return page.getByRole('dialog', { name: /合并 \d+ 个文件：预览/ });
}

const stored = async (page: Page) => ({
  accounts: liveOnly(await storedRecords<{ id: string; name: string; region: string; deletedAt: string | null }>(page, 'accounts')),
  opportunities: liveOnly(await storedRecords<{ id: string; deletedAt: string | null }>(page, 'opportunities')),
  people: await storedRecords<{ id: string; title: string }>(page, 'stakeholders'),
});

/** 导出 ▸ 某位负责人的客户: the slice file as the manager would mail it. */
async function exportOwnerSlice(page: Page, owner: string): Promise<WorkspaceData & { slice: boolean; source: string; data: WorkspaceData }> {
  await page.getByRole('banner').getByRole('button', { name: /导出/ }).click();
  const dialog = page.getByRole('dialog', { name: '导出工作区' });
  await dialog.getByRole('radio', { name: '某位负责人的客户' }).check();
  await dialog.getByRole('combobox', { name: '负责人' }).click();
  await page.locator('.ant-select-dropdown:visible').getByText(owner, { exact: true }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-slice\.json$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as WorkspaceData & { slice: boolean; source: string; data: WorkspaceData };
}

describe('merging the team’s files', () => {
  it('previews two files, merges them, shows and flips a conflict on the next merge, and undoes a merge exactly', async () => {
    const { page } = await openApp();
    const base = buildSampleWorkspace({ accounts: 2, stakeholders: 3, opportunities: 1, activities: 0, planRows: 0 });
    await importFile(page, 'director.json', workspaceFileText(base));
    await page.getByText(/已从“director.json”导入/).waitFor();

    // Manager 王: a new title for a key person and a new account. Manager 李: an opportunity deleted.
    const wang = structuredClone(base);
    Object.assign(wang.stakeholders[0]!, { title: '党委书记', updatedAt: LATER });
    wang.accounts.push({ ...base.accounts[0]!, id: 'acc-900001', name: '陕西移动', parentId: null, updatedAt: LATER });
    // His copy also renamed a colleague and uses another risk margin: both are shown, neither is taken silently.
    Object.assign(wang.teamMembers[1]!, { name: '李工程师', updatedAt: LATER });
    wang.settings = { ...wang.settings, riskMarginPercent: 45, updatedAt: LATER };
    const li = structuredClone(base);
    Object.assign(li.opportunities[0]!, { deletedAt: LATER, updatedAt: LATER });

    const preview = await mergeFiles(page, [
      { name: 'wang.json', data: wang },
      { name: 'li.json', data: li },
    ]);
    const counts = preview.getByRole('table', { name: '每个文件、每张表的变化' });
    await counts.waitFor();
    // file, table, new, updated, deleted, unchanged, conflicts — only the tables a file changes.
    const rows = await counts.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows).toEqual([
      ['wang.json', '团队成员', '0', '1', '0', '1', '1'],
      ['wang.json', '客户', '1', '0', '0', '2', '0'],
      ['wang.json', '关键人', '0', '1', '0', '5', '0'],
      ['li.json', '商机', '0', '0', '1', '1', '0'],
    ]);
    expect(await stored(page).then((s) => s.accounts.length)).toBe(2);
    // The colleague's new name is listed (the newer wins unless flipped); the director keeps his own.
    const colleague = preview.getByRole('group', { name: '团队成员 李工 · 姓名' });
    await colleague.getByText('文件“wang.json”：李工程师').waitFor();
    await colleague.getByText('本工作区：李工').click();
    // The risk margin stays ours unless taken: the director takes 王's.
    const margin = preview.getByRole('group', { name: '目标风险裕量（%）' });
    expect(await margin.getByRole('radio', { name: '保留本工作区的：30' }).isChecked()).toBe(true);
    await margin.getByText('采用“wang.json”的：45').click();
    await preview.getByRole('button', { name: /合\s?并/ }).click();
    await page.getByText('已合并，工作区现有').waitFor();
    const merged = await stored(page);
    expect(merged.accounts.map((a) => a.name)).toContain('陕西移动');
    expect(merged.people.find((p) => p.id === base.stakeholders[0]!.id)?.title).toBe('党委书记');
    expect(merged.opportunities.map((o) => o.id)).not.toContain(base.opportunities[0]!.id);
    expect((await storedRecords<{ id: string; name: string }>(page, 'teamMembers')).find((m) => m.id === base.teamMembers[1]!.id)?.name).toBe('李工');
    expect((await storedRecords<{ riskMarginPercent: number }>(page, 'settings'))[0]?.riskMarginPercent).toBe(45);

    // The director edits an account's region here; a later file changed the same region since the merge.
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('button', { name: '编辑 示例客户1号（集团）有限公司' }).click();
    const drawer = page.getByRole('dialog', { name: /编辑客户/ });
    await drawer.getByRole('combobox', { name: '区域' }).fill('西北（总监）');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await drawer.waitFor({ state: 'detached' });
    const beforeSecond = await stored(page);

    const later = structuredClone(wang);
    Object.assign(later.accounts[0]!, { region: '华南（经理）', updatedAt: '2027-01-05T00:00:00.000Z' });
    const second = await mergeFiles(page, [{ name: 'wang-2.json', data: later }]);
    const conflict = second.getByRole('group', { name: /客户 示例客户1号.* · 区域/ });
    await conflict.getByText('文件“wang-2.json”：华南（经理）').waitFor();
    // The rule took the newer (the file's); the director keeps his own.
    expect(await conflict.getByRole('radio', { name: '文件“wang-2.json”：华南（经理）' }).isChecked()).toBe(true);
    await conflict.getByText('本工作区：西北（总监）').click();
    await second.getByRole('button', { name: /合\s?并/ }).click();
    await page.getByText('已合并，工作区现有').waitFor();
    expect((await stored(page)).accounts.find((a) => a.id === 'acc-000001')?.region).toBe('西北（总监）');

    // Undo merge: back to exactly what was there before this merge.
    await page.getByRole('button', { name: '撤销合并' }).click();
    await page.getByText(/已从“keyplan-restore-point-.*\.json”导入/).waitFor();
    const undone = await stored(page);
    expect(undone.accounts.map((a) => [a.id, a.region]).sort()).toEqual(beforeSecond.accounts.map((a) => [a.id, a.region]).sort());
    expect(undone.people).toEqual(beforeSecond.people);
    // …merge history included: the same file merged again asks the same question (it used to merge silently).
    const again = await mergeFiles(page, [{ name: 'wang-2.json', data: later }]);
    await again.getByRole('group', { name: /客户 示例客户1号.* · 区域/ }).getByText('本工作区：西北（总监）').waitFor();
    await again.getByRole('button', { name: /取\s?消/ }).click();
  });

  it('a director and two managers, each in his own Keyplan: both changed one region since the director’s file — the merge lists both values with the starting point, takes what only one changed, and keeps the choice', async () => {
    // The director's workspace, exported through the UI, is what both managers start from.
    const { page: director } = await openApp();
    await importFile(director, 'team.json', workspaceFileText(buildSampleWorkspace({ accounts: 1, stakeholders: 2, opportunities: 1, activities: 0, planRows: 0 })));
    await director.getByText(/已从“team.json”导入/).waitFor();
    const sent = await exportWorkspace(director, { includeSensitive: true });
    const startRegion = (await stored(director)).accounts[0]!.region;

    /** A manager's own Keyplan: import the director's file, edit the account in its drawer, export. */
    const manager = async (name: string, changes: [string, string][]) => {
      const { page } = await openApp();
      await importFile(page, sent.name, sent.text);
      await page.getByText(/已从“keyplan-.*导入/).waitFor();
      await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
      await page.getByRole('button', { name: '编辑 示例客户1号（集团）有限公司' }).click();
      const drawer = page.getByRole('dialog', { name: /编辑客户/ });
      for (const [field, value] of changes) await drawer.getByRole('combobox', { name: field }).fill(value);
      await drawer.getByRole('button', { name: /保\s?存/ }).click();
      await drawer.waitFor({ state: 'detached' });
      const file = await exportWorkspace(page, { includeSensitive: true });
      return { name, text: file.text };
    };
    const zhang = await manager('zhang.json', [['区域', '华南（张）'], ['行业', '能源']]);
    const li = await manager('li.json', [['区域', '西北（李）']]);

    const preview = await mergeFiles(director, [zhang, li]);
    // One conflict: the region, with both managers' values and where they started; the industry only 张 changed.
    const region = preview.getByRole('group', { name: /客户 示例客户1号.* · 区域/ });
    await region.getByText(`共同起点：${startRegion}`).waitFor();
    await region.getByText('文件“zhang.json”：华南（张）').waitFor();
    await region.getByText('文件“li.json”：西北（李）').waitFor();
    expect(await preview.getByRole('group', { name: /· 行业/ }).count()).toBe(0);
    await region.getByText('文件“zhang.json”：华南（张）').click();
    await preview.getByRole('button', { name: /合\s?并/ }).click();
    await director.getByText('已合并，工作区现有').waitFor();
    expect((await stored(director)).accounts[0]).toMatchObject({ region: '华南（张）' });
    expect((await storedRecords<{ industry: string }>(director, 'accounts'))[0]?.industry).toBe('能源');

    // The same two files again: what each sent is remembered, nothing is asked and nothing changes.
    const again = await mergeFiles(director, [zhang, li]);
    await again.getByRole('table', { name: '每个文件、每张表的变化' }).waitFor();
    expect(await again.getByRole('group', { name: /· 区域/ }).count()).toBe(0);
    await again.getByRole('button', { name: /取\s?消/ }).click();
  });

  it('two managers, each in his own Keyplan, export their accounts as slices, and the director merges both', async () => {
    const team = buildSampleWorkspace({ accounts: 2, stakeholders: 2, opportunities: 1, activities: 0, planRows: 1 });
    team.accounts[1] = { ...team.accounts[1]!, ownerId: 'tm-000002' };
    const { page: manager } = await openApp();
    await importFile(manager, 'mine.json', workspaceFileText(team));
    await manager.getByText(/已从“mine.json”导入/).waitFor();
    // 王经理's new account, made in his own Keyplan.
    await manager.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await manager.getByRole('button', { name: '新建客户' }).click();
    const drawer = manager.getByRole('dialog', { name: '新建客户' });
    await drawer.getByRole('textbox', { name: '客户名称' }).fill('陕西移动');
    await drawer.getByRole('combobox', { name: '负责人' }).click();
    await manager.locator('.ant-select-dropdown:visible').getByText('王经理', { exact: true }).click();
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await drawer.waitFor({ state: 'detached' });

    const wangSlice = await exportOwnerSlice(manager, '王经理');
    expect(wangSlice.slice).toBe(true);
    expect(wangSlice.data.accounts.map((a) => a.name).sort()).toEqual(['示例客户1号（集团）有限公司', '陕西移动']);

    // 李工, in his own Keyplan (another profile), moves his account to 西北 and sends his slice too.
    const { page: li } = await openApp();
    await importFile(li, 'mine.json', workspaceFileText(team));
    await li.getByText(/已从“mine.json”导入/).waitFor();
    await li.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await li.getByRole('button', { name: '编辑 示例客户2号（集团）有限公司' }).click();
    const liDrawer = li.getByRole('dialog', { name: /编辑客户/ });
    await liDrawer.getByRole('combobox', { name: '区域' }).fill('西北（李工）');
    await liDrawer.getByRole('button', { name: /保\s?存/ }).click();
    await liDrawer.waitFor({ state: 'detached' });
    const liSlice = await exportOwnerSlice(li, '李工');
    expect(liSlice.data.accounts.map((a) => a.name)).toEqual(['示例客户2号（集团）有限公司']);
    // Each file names the workspace it came from; the two managers' workspaces are different ones.
    expect(wangSlice.source).toMatch(/^[0-9a-f-]{36}$/);
    expect(liSlice.source).not.toBe(wangSlice.source);

    // The director has the team's workspace, and created 陕西移动 himself too (another id); merging the
    // slice offers to fold the manager's 陕西移动 into his, and keeps 李工's account.
    const directorData = structuredClone(team);
    directorData.accounts.push({ ...team.accounts[0]!, id: 'acc-director-1', name: '陕西移动', parentId: null });
    const { page: director } = await openApp();
    await importFile(director, 'team.json', workspaceFileText(directorData));
    await director.getByText(/已从“team.json”导入/).waitFor();
    const preview = await mergeFiles(director, [
      { name: 'wang-slice.json', text: JSON.stringify(wangSlice) },
      { name: 'li-slice.json', text: JSON.stringify(liSlice) },
    ]);
    await preview.getByText('合并 2 个文件：预览').waitFor();
    const files = await preview.getByRole('table', { name: '每个文件、每张表的变化' }).locator('tbody tr td:first-child').allTextContents();
    expect([...new Set(files)]).toEqual(['wang-slice.json', 'li-slice.json']);
    await preview.getByRole('checkbox', { name: /把“wang-slice.json”里的“陕西移动”并入本工作区的同名客户/ }).check();
    await preview.getByRole('button', { name: /合\s?并/ }).click();
    await director.getByText('已合并，工作区现有').waitFor();
    const accounts = (await stored(director)).accounts;
    expect(accounts.map((a) => a.name).sort()).toEqual(['示例客户1号（集团）有限公司', '示例客户2号（集团）有限公司', '陕西移动']);
    expect(accounts.find((a) => a.name === '陕西移动')?.id).toBe('acc-director-1');
    expect(accounts.find((a) => a.name === '示例客户2号（集团）有限公司')?.region).toBe('西北（李工）');
    // After a reload the merge is still there.
    await director.reload();
    await director.getByRole('navigation').first().waitFor();
    expect((await stored(director)).accounts.map((a) => [a.name, a.region]).sort()).toEqual(accounts.map((a) => [a.name, a.region]).sort());
    // The slice left personal files out: merging it keeps the ones the director holds.
    const people = await storedRecords<{ id: string; personalFile: { hometown: string } }>(director, 'stakeholders');
    expect(people.find((p) => p.id === 'sh-000001-001')?.personalFile.hometown).toBe('湖南长沙');
  });
});
