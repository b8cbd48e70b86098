import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/windowSecurity';
import { createMainWindow } from '../../../electron/windowFactory';
import { isSafeExternalUrl } from '../../../electron/externalLinks';
import { fakeWebContents } from '../../mocks/electron';

describe('window security baseline', () => {
  it('web preferences isolate the page from Node', () => {
    let options: Record<string, unknown> = {};
    function FakeWindow(o: Record<string, unknown>) {
      options = o;
    }
    createMainWindow(FakeWindow as never, { preloadPath: '/p/preload.cjs', title: 'Keyplan', devTools: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('blocks navigation away from the app, redirects, webviews and new windows', () => {
    const opened: string[] = [];
    const { contents, fire, open } = fakeWebContents();
    hardenWebContents(contents as never, { openExternal: (url) => (opened.push(url), Promise.resolve()) }, null);

    expect(fire('will-navigate', 'app://keyplan/index.html')).toBe(false);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://docs.example/help')).toEqual({ action: 'deny' });
    expect(open('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/', 'https://docs.example/help']);
  });

  it('opens only http(s) links externally', () => {
    expect(isSafeExternalUrl('https://a.example')).toBe(true);
    expect(isSafeExternalUrl('http://a.example')).toBe(true);
    for (const url of ['file:///etc', 'smb://host/share', 'javascript:alert(1)', 'ms-msdt:/id', 'nope']) expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('denies permissions except the two the app needs, and only to the app', () => {
    type RequestHandler = (contents: { getURL(): string }, permission: string, callback: (ok: boolean) => void) => void;
    type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;
    const installed: { request?: RequestHandler; check?: CheckHandler } = {};
    hardenSession(
      {
        setPermissionRequestHandler: (h: RequestHandler) => (installed.request = h),
        setPermissionCheckHandler: (h: CheckHandler) => (installed.check = h),
      },
      null,
    );
    const handler = installed.request;
    const check = installed.check;
    const ask = (url: string, permission: string) => {
      let answer: boolean | null = null;
      handler?.({ getURL: () => url }, permission, (ok) => (answer = ok));
      return answer;
    };
    expect(ask('app://keyplan/index.html', 'media')).toBe(false);
    expect(ask('app://keyplan/index.html', 'geolocation')).toBe(false);
    expect(ask('app://keyplan/index.html', 'persistent-storage')).toBe(true);
    expect(ask('https://evil.example/', 'persistent-storage')).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write', 'app://keyplan')).toBe(true);
    expect(check?.(null, 'notifications', 'app://keyplan')).toBe(false);
  });
});
