/** A stand-in for electron-updater's autoUpdater: records calls, lets a test fire its events. */
import type { UpdaterLike } from '../../electron/updates';

export function createFakeUpdater(outcome: 'none' | 'available' | 'error' = 'none') {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const calls: string[] = [];
  const fire = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((listener) => listener(...args));
  const updater: UpdaterLike = {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    // As electron-updater has it when something turned it on: the flow must turn it off.
    allowDowngrade: true,
    checkForUpdates: () => {
      calls.push('checkForUpdates');
      if (outcome === 'error') {
        fire('error', new Error('net::ERR_NAME_NOT_RESOLVED'));
        return Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED'));
      }
      fire(outcome === 'available' ? 'update-available' : 'update-not-available', { version: '0.2.0' });
      return Promise.resolve(null);
    },
    quitAndInstall: (isSilent, isForceRunAfter) => calls.push(`quitAndInstall ${String(isSilent)} ${String(isForceRunAfter)}`),
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
  };
  return { updater, calls, fire };
}

export const fakeUpdates = () => ({ updater: createFakeUpdater().updater, configured: false, log: () => undefined });
