import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/bridge/contract';

const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
const invoked: unknown[][] = [];
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve(null)),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload bridge', () => {
  beforeEach(async () => {
    await import('../../../electron/preload');
  });

  it('exposes exactly the named bridge functions on window.keyplan', () => {
    expect([...exposed.keys()]).toEqual(['keyplan']);
    expect(Object.keys(exposed.get('keyplan') ?? {}).sort()).toEqual([
      'appInfo',
      'backupEncryption',
      'isDailyBackupDue',
      'listBackups',
      'onMenuCommand',
      'openBackupsFolder',
      'openFile',
      'printToPdf',
      'readBackup',
      'reportPdf',
      'saveBackup',
      'saveFile',
      'setBackupPassword',
      'setLanguage',
    ]);
  });

  it('each function invokes its own channel', async () => {
    const api = exposed.get('keyplan');
    await api?.saveFile?.({ suggestedName: 'a.json', kind: 'workspace', bytes: new Uint8Array() });
    await api?.setLanguage?.({ language: 'en' });
    expect(invoked.map((call) => call[0])).toEqual([IPC_CHANNELS.saveFile, IPC_CHANNELS.setLanguage]);
  });

  it('passes on known menu commands only, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = exposed.get('keyplan')?.onMenuCommand?.((command: unknown) => received.push(command)) as () => void;
    const deliver = (payload: unknown) => listeners.get(IPC_CHANNELS.menuCommand)?.({}, payload);
    deliver('print');
    deliver('rm -rf /');
    deliver({ channel: 'x' });
    expect(received).toEqual(['print']);
    unsubscribe();
    expect(listeners.has(IPC_CHANNELS.menuCommand)).toBe(false);
  });
});
