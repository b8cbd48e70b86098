/**
 * The renderer is served from app://keyplan — a privileged, standard, secure custom scheme — never
 * file://. A fixed origin keeps IndexedDB and localStorage in the same place across upgrades,
 * renames and install folders, and gives the CSP and the IPC sender check something exact to match.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'keyplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for protocol.registerSchemesAsPrivileged (must run before the app is ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
};

/** True for URLs of our own renderer (app://keyplan/…), or of the dev server while developing. */
export function isAppUrl(url: string, devServerUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl !== null) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}
