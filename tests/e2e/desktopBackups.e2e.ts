/**
 * The renderer's side of automatic backups, with a stand-in for the desktop bridge (the Electron
 * binary cannot run here): before an import replaces the workspace, a complete copy goes to the
 * shell; if that copy cannot be written, the import stops and nothing changes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { storedRecords } from './support/workspaceActions';

/** Installed before the app loads: records bridge calls; `__failBackups` makes saveBackup fail. */
const FAKE_BRIDGE = () => {
  const w = window as unknown as Record<string, unknown>;
  const calls: { method: string; reason?: string; text?: string }[] = [];
  w.__bridgeCalls = calls;
  const ok = <T>(value: T) => Promise.resolve(value);
  w.keyplan = {
    appInfo: () => ok({ name: 'Keyplan', version: 'test', platform: 'linux' }),
    saveFile: () => ok({ saved: false }),
    openFile: () => ok(null),
    printToPdf: () => ok({ saved: false }),
    setLanguage: () => ok(undefined),
    isDailyBackupDue: () => ok(false),
    openBackupsFolder: () => ok(undefined),
    backupEncryption: () => ok({ available: true, enabled: calls.some((c) => c.method === 'setBackupPassword' && c.text !== '') }),
    // One backup on disk: a workspace of three accounts, written yesterday before an import.
    listBackups: () => ok([{ name: 'keyplan-backup-20261129-080000-000-before-import.json', reason: 'before-import', at: Date.parse('2026-11-29T08:00:00Z'), restorable: true, records: 3, bytes: 2 * 1024 * 1024, encrypted: false }]),
    readBackup: (request: { name: string }) => {
      calls.push({ method: 'readBackup', text: request.name });
      return ok({ name: request.name, bytes: new TextEncoder().encode(String(w.__backupText)) });
    },
    setBackupPassword: (request: { password: string | null }) => {
      calls.push({ method: 'setBackupPassword', text: request.password ?? '' });
      return ok({ ok: true });
    },
    onMenuCommand: () => () => undefined,
    saveBackup: (request: { reason: string; bytes: Uint8Array }) => {
      calls.push({ method: 'saveBackup', reason: request.reason, text: new TextDecoder().decode(request.bytes) });
      return w.__failBackups ? Promise.reject(new Error('disk full')) : ok('keyplan-backup.json');
    },
  };
};

async function importThroughBrowserInput(page: Page, name: string, content: string) {
  // With a desktop bridge the app asks the shell's Open dialog; the stand-in answers "cancelled",
  // so the file goes in through the page's file input the way the browser build takes it.
  await page.getByTestId('workspace-file-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

/** The app with the stand-in bridge, holding a first workspace of two accounts. */
async function desktopAppWithTwoAccounts(): Promise<Page> {
  const { page, context } = await openApp();
  await context.addInitScript(FAKE_BRIDGE);
  await page.reload();
  await importThroughBrowserInput(page, 'first.json', workspaceFileText(buildSampleWorkspace({ accounts: 2 })));
  await page.getByText('已从“first.json”导入').waitFor();
  return page;
}

describe('automatic backups before an import (desktop bridge)', () => {
  it('writes a complete copy of the current workspace before replacing it', async () => {
    const page = await desktopAppWithTwoAccounts();

    const second = buildSampleWorkspace({ accounts: 1 });
    second.accounts[0] = { ...second.accounts[0]!, id: 'acc-new', name: '新客户' };
    await importThroughBrowserInput(page, 'second.json', workspaceFileText({ ...second, stakeholders: [], influenceLinks: [], competitors: [], opportunities: [], activities: [], planRows: [], contracts: [], renewals: [], whitespaceCells: [], chartSnapshots: [] }));
    await page.getByRole('dialog', { name: '替换当前工作区？' }).getByRole('button', { name: '替换工作区' }).click();
    await page.getByText('已从“second.json”导入').waitFor();

    const calls = await page.evaluate(() => (window as unknown as { __bridgeCalls: { reason: string; text: string }[] }).__bridgeCalls);
    const lastBackup = calls.at(-1);
    expect(lastBackup?.reason).toBe('before-import');
    const backedUp = JSON.parse(lastBackup?.text ?? '{}') as { redacted: boolean; data: { accounts: { name: string }[] } };
    expect(backedUp.redacted).toBe(false);
    expect(backedUp.data.accounts.map((a) => a.name)).toEqual(['示例客户1号（集团）有限公司', '示例客户2号（集团）有限公司']);
    expect((await storedRecords<{ name: string }>(page, 'accounts')).map((a) => a.name)).toEqual(['新客户']);
  });

  it('stops the import, and changes nothing, when the backup cannot be written', async () => {
    const page = await desktopAppWithTwoAccounts();
    const before = await storedRecords(page, 'accounts');

    await page.evaluate(() => ((window as unknown as Record<string, unknown>).__failBackups = true));
    await importThroughBrowserInput(page, 'second.json', workspaceFileText(buildSampleWorkspace({ accounts: 5 })));
    await page.getByText('无法为当前工作区写入安全备份，导入已停止：disk full').waitFor();
    expect(await storedRecords(page, 'accounts')).toEqual(before);
  });
});

describe('encrypted automatic backups (desktop bridge)', () => {
  it('turns encryption on with a password typed twice, after saying a lost password cannot be recovered', async () => {
    const page = await desktopAppWithTwoAccounts();
    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    await page.getByRole('switch', { name: '用密码加密自动备份' }).click();
    const dialog = page.getByRole('dialog', { name: '用密码加密自动备份' });
    await dialog.getByText(/密码丢失后，任何人（包括我们）都无法打开这个文件/).waitFor();
    await dialog.getByRole('textbox', { name: /^密码$/ }).fill('团队密码2026');
    await dialog.getByRole('textbox', { name: '再次输入密码' }).fill('团队密码2025');
    await dialog.getByText('两次输入的密码不一致').waitFor();
    expect(await dialog.getByRole('button', { name: /保\s?存/ }).isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: '再次输入密码' }).fill('团队密码2026');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('之后的自动备份都会用密码加密。').waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __bridgeCalls: { method: string; text: string }[] }).__bridgeCalls);
    expect(calls.filter((c) => c.method === 'setBackupPassword').map((c) => c.text)).toEqual(['团队密码2026']);
    expect(await page.getByRole('switch', { name: '用密码加密自动备份' }).isChecked()).toBe(true);
  });
});

describe('restoring a listed backup (desktop bridge)', () => {
  it('lists the backups with date, size and records, and restores one through the ordinary import', async () => {
    const page = await desktopAppWithTwoAccounts();
    const backup = buildSampleWorkspace({ accounts: 3 });
    backup.accounts = backup.accounts.map((a, i) => ({ ...a, name: `备份里的客户${i + 1}` }));
    await page.evaluate((text) => ((window as unknown as Record<string, unknown>).__backupText = text), workspaceFileText(backup));
    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    const list = page.getByRole('table', { name: '自动备份列表' });
    const row = list.getByRole('row').filter({ hasText: '导入前备份' });
    await row.getByText('2.0 MB').waitFor();
    await row.getByText('可以恢复').waitFor();
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('3');
    await row.getByRole('button', { name: /^恢复 .* 的备份$/ }).click();
    // Restoring replaces the workspace: asked first, then the ordinary import (checked, backed up first).
    await page.getByRole('tooltip').getByText(/^用 .* 的备份替换当前工作区？$/).waitFor();
    await page.getByRole('tooltip').getByRole('button', { name: '恢复此备份' }).click();
    await page.getByText('已从“keyplan-backup-20261129-080000-000-before-import.json”导入').waitFor();
    expect((await storedRecords<{ name: string }>(page, 'accounts')).map((a) => a.name)).toEqual(backup.accounts.map((a) => a.name));
    const calls = await page.evaluate(() => (window as unknown as { __bridgeCalls: { method: string; reason?: string }[] }).__bridgeCalls);
    // The workspace as it was went to a backup before the restore replaced it.
    expect(calls.map((c) => c.method)).toEqual(expect.arrayContaining(['readBackup', 'saveBackup']));
    expect(calls.findLast((c) => c.method === 'saveBackup')?.reason).toBe('before-import');
  });
});
