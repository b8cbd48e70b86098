/**
 * Updates from the company's own server. electron-updater reads the feed that packaging baked into
 * resources/app-update.yml (a "generic" provider: IT hosts latest.yml and the installers on an ordinary web
 * server, see README) and verifies what it downloads as it always does — the installer's code
 * signature against the publisher on Windows, the app's signature on macOS, the sha512 from the feed
 * everywhere. Without a feed configured there is nothing to check and the menu says so.
 *
 * The app checks quietly on start and from Help ▸ Check for updates, downloads in the background, and
 * installs when the app quits; when a download is ready it asks whether to restart now. Plain module:
 * the updater and the dialog are parameters, so the flow is unit-tested with fakes (no network).
 */
import type { Messages } from '../shared/i18n';

type Listener = (...args: unknown[]) => void;

/** The part of electron-updater's autoUpdater this flow uses. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  /** Never on: an older build from the feed (a replayed latest.yml) must not replace a newer one. */
  allowDowngrade: boolean;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-available' | 'update-not-available' | 'update-downloaded' | 'error', listener: Listener): unknown;
}

export interface UpdateFlowDeps {
  updater: UpdaterLike;
  /** Whether packaging configured a feed (resources/app-update.yml exists) and the app is packaged. */
  configured: boolean;
  currentVersion: string;
  /** Shows a native message; resolves with the index of the button chosen. */
  show: (message: { type: 'info' | 'question' | 'warning'; buttons: string[]; defaultId: number; cancelId: number; title: string; message: string; detail?: string }) => Promise<number>;
  messages: () => Messages;
  log: (message: string) => void;
}

/**
 * Whether the feed packaging baked into app-update.yml is served over https. Over plain http anyone
 * on the way could hand the app an installer together with its sha512 (on Linux and for unsigned
 * builds nothing else vouches for it): such a feed is not used at all. Packing refuses it too
 * (build/checkUpdateFeed.cjs).
 */
export function isSecureFeed(appUpdateYml: string): boolean {
  const url = /^\s*url:\s*['"]?([^'"\s]+)/m.exec(appUpdateYml)?.[1];
  if (url === undefined) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

const versionOf = (info: unknown): string => (typeof info === 'object' && info !== null && typeof (info as { version?: unknown }).version === 'string' ? (info as { version: string }).version : '');

export class UpdateFlow {
  /** Set while a check asked from the menu runs: its outcome is told to the person. */
  private askedByPerson = false;
  private ready: string | null = null;

  constructor(private readonly deps: UpdateFlowDeps) {
    const { updater } = deps;
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    updater.allowDowngrade = false;
    updater.on('update-available', (info) => {
      if (this.consumeAsked()) void this.tell('info', this.text().downloading.replace('{{version}}', versionOf(info)));
    });
    updater.on('update-not-available', () => {
      if (this.consumeAsked()) void this.tell('info', this.text().upToDate.replace('{{version}}', deps.currentVersion));
    });
    updater.on('error', (error) => {
      const reason = error instanceof Error ? error.message : String(error);
      deps.log(`update check failed: ${reason}`);
      if (this.consumeAsked()) void this.tell('warning', this.text().failed.replace('{{reason}}', reason));
    });
    updater.on('update-downloaded', (info) => void this.offerRestart(versionOf(info)));
  }

  private text(): Messages['updates'] {
    return this.deps.messages().updates;
  }

  private consumeAsked(): boolean {
    const asked = this.askedByPerson;
    this.askedByPerson = false;
    return asked;
  }

  private async tell(type: 'info' | 'warning', message: string): Promise<void> {
    await this.deps.show({ type, buttons: [this.text().ok], defaultId: 0, cancelId: 0, title: this.text().title, message });
  }

  private async offerRestart(version: string): Promise<void> {
    this.ready = version;
    const text = this.text();
    const choice = await this.deps.show({
      type: 'question',
      buttons: [text.restartNow, text.onQuit],
      defaultId: 1,
      cancelId: 1,
      title: text.title,
      message: text.downloaded.replace('{{version}}', version),
      detail: text.downloadedDetail,
    });
    // Unsaved typing still asks first: the window's close goes through the unload guard.
    if (choice === 0) this.deps.updater.quitAndInstall(false, true);
  }

  /** On start: a quiet check (nothing is said unless an update is downloaded). */
  checkOnStart(): void {
    if (!this.deps.configured) return;
    this.deps.updater.checkForUpdates().catch((error: unknown) => this.deps.log(`update check failed: ${String(error)}`));
  }

  /** Help ▸ Check for updates: says what it found. */
  async checkFromMenu(): Promise<void> {
    if (!this.deps.configured) {
      await this.tell('info', this.text().notConfigured);
      return;
    }
    if (this.ready !== null) {
      await this.offerRestart(this.ready);
      return;
    }
    this.askedByPerson = true;
    // Failures arrive as the updater's 'error' event, which tells the person.
    await this.deps.updater.checkForUpdates().catch(() => undefined);
  }
}
