/**
 * Debian's Chromium, started the way this machine needs (no sandbox as root, no background
 * networking: the network is closed and Chromium would otherwise retry connections all run long).
 * Playwright gives every launch a fresh temporary profile (user-data-dir) of its own.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 15x builds the address bar's popup as a WebUI page in a renderer of its own for every new
  // window, context or tab: ~400 requests and their scripts on the same two cores as the page under
  // test, during its start (traced in the app-start bench). A desktop app has no address bar; Puppeteer
  // turns the same two features off by default.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path): path is string => typeof path === 'string' && existsSync(path));
  if (!found) throw new Error('Chromium not found: install Debian chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

/** Playwright adds its own --headless; these are the rest of the flags above. */
export const PLAYWRIGHT_CHROMIUM_ARGS = CHROMIUM_FLAGS.filter((flag) => flag !== '--headless');
