/**
 * The Electron security checklist (electronjs.org/docs/latest/tutorial/security), one test per item,
 * named after it. Each drives the real shell code (with the fake Electron) or reads the real
 * configuration, and fails when its setting is reverted — scanners do not see options passed to an
 * injected constructor, so these tests are the guarantee.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/applicationMenu';
import { createAppRequestHandler } from '../../../electron/appProtocol';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/appOrigin';
import { CONTENT_SECURITY_POLICY } from '../../../electron/contentSecurityPolicy';
import { isSafeExternalUrl } from '../../../electron/externalLinks';
import { startKeyplan, type ElectronApi } from '../../../electron/keyplanApp';
import { IPC_CHANNELS, MAX_BRIDGE_FILE_BYTES } from '../../../shared/bridge/contract';
import { saveBackupRequestSchema, saveFileRequestSchema } from '../../../shared/bridge/schemas';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { createFakeElectron, fakeWebContents, ipcEvent } from '../../mocks/electron';
import { fakeUpdates } from '../../mocks/updater';

const checkBackup = () => Promise.resolve({ restorable: true, records: 1 });
const fs = {
  readFile: () => Promise.reject(new Error('ENOENT')),
  writeFile: () => Promise.resolve(),
  size: () => Promise.resolve(0),
  mkdir: () => Promise.resolve(),
  readdir: () => Promise.resolve([]),
  remove: () => Promise.resolve(),
};

/** A packaged Keyplan, started on the fake Electron, with whatever the environment says about a dev server. */
async function shippedApp() {
  const fake = createFakeElectron({ packaged: true });
  startKeyplan(fake.electron as unknown as ElectronApi, { rendererDir: '/app/dist/renderer', preloadPath: '/app/dist-electron/preload.cjs', devServerUrl: 'http://localhost:5173', fs, platform: 'win32', checkBackup, updates: fakeUpdates() });
  await fake.becomeReady();
  const window = fake.windows[0];
  if (!window) throw new Error('no window was opened');
  return { fake, webPreferences: window.options.webPreferences as Record<string, unknown>, loadedUrl: window.loadedUrl };
}

/** Web contents as `web-contents-created` hands them over, with what the shell installed on them. */
function createdContents(fake: ReturnType<typeof createFakeElectron>) {
  const created = fake.appHandlers.get('web-contents-created');
  if (!created) throw new Error('web-contents-created is not wired');
  const web = fakeWebContents();
  (created as (event: unknown, contents: unknown) => void)({}, web.contents);
  return web;
}

const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1)]));
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string>; build: { electronFuses: Record<string, boolean> } };

describe('Electron security checklist', () => {
  it('1. only load secure content: the window loads app://keyplan, a secure scheme, and the page may reach nothing beyond it', async () => {
    const { loadedUrl } = await shippedApp();
    expect(loadedUrl).toBe('app://keyplan/index.html');
    expect(APP_SCHEME_PRIVILEGES.privileges.secure).toBe(true);
    for (const directive of ['connect-src', 'script-src', 'worker-src', 'manifest-src']) expect(directives.get(directive)).toEqual(["'self'"]);
  });

  it('2. do not enable Node.js integration for remote content: not in the page, its workers or subframes', async () => {
    const { webPreferences } = await shippedApp();
    expect(webPreferences).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. enable context isolation', async () => {
    expect((await shippedApp()).webPreferences.contextIsolation).toBe(true);
  });

  it('4. enable process sandboxing', async () => {
    expect((await shippedApp()).webPreferences.sandbox).toBe(true);
  });

  it('5. handle session permission requests: both handlers installed before the window, denying all but the two the app uses', async () => {
    const { fake } = await shippedApp();
    for (const call of ['setPermissionRequestHandler', 'setPermissionCheckHandler']) expect(fake.calls.indexOf(call)).toBeGreaterThanOrEqual(0);
    expect(fake.calls.indexOf('setPermissionRequestHandler')).toBeLessThan(fake.calls.indexOf('new BrowserWindow'));
    const answers: [string, string, boolean][] = [];
    for (const [url, permission] of [
      ['app://keyplan/index.html', 'media'],
      ['app://keyplan/index.html', 'geolocation'],
      ['app://keyplan/index.html', 'persistent-storage'],
      ['https://evil.example/', 'persistent-storage'],
    ] as const) {
      fake.permissionRequest()?.({ getURL: () => url }, permission, (ok) => answers.push([url, permission, ok]));
    }
    expect(answers.map(([, , ok]) => ok)).toEqual([false, false, true, false]);
  });

  it('6. do not disable webSecurity', async () => {
    expect((await shippedApp()).webPreferences.webSecurity).toBe(true);
  });

  it('7. define a content security policy: sent with every response, strict in every directive, and nosniff', async () => {
    expect(CONTENT_SECURITY_POLICY.split('; ').sort()).toEqual(
      [
        "default-src 'none'",
        "script-src 'self'",
        "worker-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        "frame-src 'none'",
        "object-src 'none'",
      ].sort(),
    );
    const handler = createAppRequestHandler('/app', (path) => (path.endsWith('index.html') ? Promise.resolve(new Uint8Array([60])) : Promise.reject(new Error('ENOENT'))));
    for (const url of ['app://keyplan/index.html', 'app://keyplan/missing.js', 'app://keyplan/%2e%2e/x']) {
      const response = await handler(new Request(url));
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('8. do not enable allowRunningInsecureContent', async () => {
    expect((await shippedApp()).webPreferences.allowRunningInsecureContent).toBe(false);
  });

  it('9. do not enable experimental features', async () => {
    expect((await shippedApp()).webPreferences.experimentalFeatures).toBe(false);
  });

  it('10. do not use enableBlinkFeatures', async () => {
    const { webPreferences } = await shippedApp();
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(webPreferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('11. <webview>: do not use allowpopups — there is no <webview> at all', async () => {
    expect((await shippedApp()).webPreferences.webviewTag).toBe(false);
  });

  it('12. <webview>: verify options and params — every attempt to attach one is refused', async () => {
    const { fake } = await shippedApp();
    expect(createdContents(fake).fire('will-attach-webview')).toBe(true);
  });

  it('13. disable or limit navigation: away from app://keyplan and every redirect elsewhere is refused, in every web contents', async () => {
    const { fake } = await shippedApp();
    const contents = createdContents(fake);
    expect(contents.fire('will-navigate', 'app://keyplan/index.html')).toBe(false);
    // A packaged app does not trust the development server either.
    expect(contents.fire('will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('14. disable or limit the creation of new windows', async () => {
    const { fake } = await shippedApp();
    const contents = createdContents(fake);
    expect(contents.open('app://keyplan/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('https://docs.example/')).toEqual({ action: 'deny' });
    // http(s) goes to the user's browser instead (item 15).
    expect(fake.opened).toEqual(['https://docs.example/']);
  });

  it('15. do not use shell.openExternal with untrusted content: only http(s) leaves the app', () => {
    expect(isSafeExternalUrl('https://a.example/')).toBe(true);
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'smb://host/share', 'javascript:alert(1)', 'ms-msdt:/id', 'vbscript:x']) expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('16. use a current version of Electron (45, whose security fixes are still released)', () => {
    const installed = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(packageJson.devDependencies.electron).toMatch(/^\^?45\./);
  });

  it('17. validate the sender of all IPC messages: every channel refuses another origin, an iframe, and a bad payload', async () => {
    const { fake } = await shippedApp();
    const channels = Object.values(IPC_CHANNELS).filter((channel) => channel !== IPC_CHANNELS.menuCommand);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      const handler = fake.ipcHandlers.get(channel);
      await expect(Promise.resolve().then(() => handler?.(ipcEvent('https://evil.example/'), {})), channel).rejects.toThrow('unknown sender');
      await expect(Promise.resolve().then(() => handler?.(ipcEvent('app://keyplan/index.html', { iframe: true }), {})), channel).rejects.toThrow('unknown sender');
      await expect(Promise.resolve().then(() => handler?.(ipcEvent('app://keyplan/index.html'), { unexpected: 1 })), channel).rejects.toThrow(/Refused/);
    }
    // Payloads are capped: no file over 512 MB crosses the bridge.
    expect(MAX_BRIDGE_FILE_BYTES).toBe(512 * 1024 * 1024);
    const oversized = new Uint8Array(MAX_BRIDGE_FILE_BYTES + 1);
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a.json', kind: 'workspace', bytes: oversized }).success).toBe(false);
    expect(saveBackupRequestSchema.safeParse({ reason: 'daily', bytes: oversized }).success).toBe(false);
  });

  it('18. avoid the file:// protocol and prefer custom protocols: app:// serves the build, file:// keeps no extra privileges', async () => {
    const { loadedUrl } = await shippedApp();
    expect(loadedUrl?.startsWith('app://')).toBe(true);
    expect(packageJson.build.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('19. check which fuses you can change: the shipped app cannot run as Node, take NODE_OPTIONS or --inspect, or load code outside its checked app.asar', () => {
    // tests/pack/packCheck.ts reads the same states back from the packed binary.
    expect(packageJson.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20. do not expose Electron APIs to untrusted web content: no DevTools in a shipped app, and the bridge is checked in preload.test.ts', async () => {
    const { fake, webPreferences } = await shippedApp();
    expect(webPreferences.devTools).toBe(false);
    // The menu the shipped app installs has no Toggle DevTools; the one while developing does.
    type Item = { role?: string; submenu?: Item[] };
    const roles = (menu: unknown) => (menu as Item[]).flatMap((item) => item.submenu ?? []).map((item) => item.role);
    expect(fake.menus.length).toBeGreaterThan(0);
    expect(roles(fake.menus.at(-1))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ platform: 'win32', messages: zhCN, appName: 'Keyplan', isDev: true, send: () => undefined, showAbout: () => undefined, checkUpdates: () => undefined }))).toContain('toggleDevTools');
  });
});
