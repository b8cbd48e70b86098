/**
 * The Electron security baseline for our window and session:
 * - web preferences: see windowFactory.ts;
 * - navigation away from our origin, redirects, new windows and <webview> are all refused
 *   (http(s) links open in the user's browser instead);
 * - permission requests are denied except the two harmless ones the app uses.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { openExternalSafely } from './externalLinks';

/** Permissions the app needs: keeping IndexedDB on disk, and writing to the clipboard (copy ranges). */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

type Shell = { openExternal(url: string): Promise<void> };
type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: Contents, shell: Shell, devServerUrl: string | null): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServerUrl)) return;
    event.preventDefault();
    openExternalSafely(shell, url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, devServerUrl: string | null): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(contents.getURL(), devServerUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingOrigin, devServerUrl));
}
