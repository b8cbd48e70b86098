import { describe, expect, it } from 'vitest';
import { startKeyplan, type ElectronApi } from '../../../electron/keyplanApp';
import { UpdateFlow } from '../../../electron/updates';
import { en } from '../../../shared/i18n/en';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { createFakeElectron } from '../../mocks/electron';
import { createFakeUpdater } from '../../mocks/updater';

type Shown = { type: string; message: string; buttons: string[] };

function flowWith(outcome: 'none' | 'available' | 'error', configured = true, answer = 1) {
  const fake = createFakeUpdater(outcome);
  const shown: Shown[] = [];
  const logged: string[] = [];
  const flow = new UpdateFlow({
    updater: fake.updater,
    configured,
    currentVersion: '0.1.0',
    show: (message) => (shown.push(message), Promise.resolve(answer)),
    messages: () => zhCN,
    log: (message) => logged.push(message),
  });
  return { flow, shown, logged, ...fake };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('updates from the company’s server', () => {
  it('downloads in the background and installs on quit', () => {
    const { updater } = flowWith('none');
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
  });

  it('checks quietly on start: nothing is said when there is nothing new or the server cannot be reached', async () => {
    for (const outcome of ['none', 'available', 'error'] as const) {
      const { flow, shown, calls, logged } = flowWith(outcome);
      flow.checkOnStart();
      await settle();
      expect(calls).toEqual(['checkForUpdates']);
      expect(shown).toEqual([]);
      if (outcome === 'error') expect(logged[0]).toContain('ERR_NAME_NOT_RESOLVED');
    }
  });

  it('Help ▸ Check for updates says what it found', async () => {
    const upToDate = flowWith('none');
    await upToDate.flow.checkFromMenu();
    expect(upToDate.shown.map((s) => s.message)).toEqual(['已是最新版本（0.1.0）。']);
    const available = flowWith('available');
    await available.flow.checkFromMenu();
    expect(available.shown.map((s) => s.message)).toEqual(['发现新版本 0.2.0，正在后台下载，下载完成后会告诉你。']);
    const failing = flowWith('error');
    await failing.flow.checkFromMenu();
    expect(failing.shown.map((s) => s.message)).toEqual(['无法检查更新：net::ERR_NAME_NOT_RESOLVED']);
  });

  it('without a feed configured it checks nothing and says updates come from IT', async () => {
    const { flow, shown, calls } = flowWith('available', false);
    flow.checkOnStart();
    await flow.checkFromMenu();
    expect(calls).toEqual([]);
    expect(shown[0]?.message).toContain('没有配置更新服务器');
  });

  it('asks when a download is ready: restart now installs, "when I quit" leaves it for the quit', async () => {
    const later = flowWith('available', true, 1);
    later.fire('update-downloaded', { version: '0.2.0' });
    await settle();
    expect(later.shown[0]).toMatchObject({ type: 'question', message: 'Keyplan 0.2.0 已下载。', buttons: ['现在重启并安装', '退出时安装'] });
    expect(later.calls).toEqual([]);
    // Asked again from the menu, the ready download is offered instead of a new check.
    await later.flow.checkFromMenu();
    expect(later.shown).toHaveLength(2);
    expect(later.calls).toEqual([]);

    const now = flowWith('available', true, 0);
    now.fire('update-downloaded', { version: '0.2.0' });
    await settle();
    expect(now.calls).toEqual(['quitAndInstall false true']);
  });

  it('the app checks on start only when packaged with a feed, and the Help menu offers the check', async () => {
    const fs = { readFile: () => Promise.reject(new Error('ENOENT')), writeFile: () => Promise.resolve(), size: () => Promise.resolve(0), mkdir: () => Promise.resolve(), readdir: () => Promise.resolve([]), remove: () => Promise.resolve() };
    const checkBackup = () => Promise.resolve({ restorable: true, records: 0 });
    for (const packaged of [true, false]) {
      const electron = createFakeElectron({ packaged });
      const { updater, calls } = createFakeUpdater('none');
      startKeyplan(electron.electron as unknown as ElectronApi, { rendererDir: '/r', preloadPath: '/p.cjs', devServerUrl: null, fs, platform: 'win32', checkBackup, updates: { updater, configured: true, log: () => undefined } });
      await electron.becomeReady();
      expect(calls).toEqual(packaged ? ['checkForUpdates'] : []);
      const help = (electron.menus.at(-1) as { label?: string; submenu?: { label?: string }[] }[]).find((item) => item.label === '帮助');
      expect(help?.submenu?.map((item) => item.label)).toEqual(['检查更新…', '关于 Keyplan']);
    }
    expect(en.updates.notConfigured).toContain('IT');
  });
});
