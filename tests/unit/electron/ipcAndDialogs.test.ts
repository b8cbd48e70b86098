import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handleValidated, isTrustedSender } from '../../../electron/ipcGuard';
import { openWithDialog, saveWithDialog, type DialogDeps } from '../../../electron/fileDialogs';
import { saveFileRequestSchema } from '../../../shared/bridge/schemas';
import { en } from '../../../shared/i18n/en';
import { ipcEvent } from '../../mocks/electron';

function ipcHarness() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  return { ipcMain: { handle: (channel: string, h: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(channel, h) }, handlers };
}

describe('IPC guard', () => {
  it('trusts only the main frame of our renderer', () => {
    expect(isTrustedSender(ipcEvent('app://keyplan/index.html') as never, null)).toBe(true);
    expect(isTrustedSender(ipcEvent('app://keyplan/index.html', { iframe: true }) as never, null)).toBe(false);
    expect(isTrustedSender(ipcEvent('https://evil.example/') as never, null)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, null)).toBe(false);
  });

  it('rejects unknown senders and bad payloads before the handler runs', async () => {
    const { ipcMain, handlers } = ipcHarness();
    const seen: unknown[] = [];
    handleValidated(ipcMain as never, 'test', z.strictObject({ n: z.number() }), (payload) => (seen.push(payload), 'ok'), null);
    const call = (event: unknown, ...args: unknown[]) => Promise.resolve(handlers.get('test')?.(event, ...args));

    await expect(call(ipcEvent('https://evil.example/'), { n: 1 })).rejects.toThrow('Refused test: unknown sender');
    await expect(call(ipcEvent('app://keyplan/index.html'), { n: 'x' })).rejects.toThrow(/Refused test: n: /);
    await expect(call(ipcEvent('app://keyplan/index.html'), { n: 1, extra: true })).rejects.toThrow(/Refused test/);
    await expect(call(ipcEvent('app://keyplan/index.html'))).rejects.toThrow('expected exactly one argument');
    expect(seen).toEqual([]);
    await expect(call(ipcEvent('app://keyplan/index.html'), { n: 1 })).resolves.toBe('ok');
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('save requests carry a plain file name and bytes', () => {
    const ok = { suggestedName: 'keyplan-2026-01-01.json', kind: 'workspace', bytes: new Uint8Array([1]) };
    expect(saveFileRequestSchema.safeParse(ok).success).toBe(true);
    for (const suggestedName of ['../../.bashrc', 'C:\\Windows\\x.json', 'a/b.json', '', '..', 'a\u0007.json']) {
      expect(saveFileRequestSchema.safeParse({ ...ok, suggestedName }).success, suggestedName).toBe(false);
    }
    expect(saveFileRequestSchema.safeParse({ ...ok, bytes: 'not bytes' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...ok, kind: 'exe' }).success).toBe(false);
  });
});

describe('native file dialogs', () => {
  function deps(overrides: Partial<DialogDeps['dialog']> = {}, files = new Map<string, Uint8Array>()): DialogDeps {
    return {
      dialog: {
        showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
        showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
        ...overrides,
      },
      fs: {
        writeFile: (path, data) => (files.set(path, data), Promise.resolve()),
        readFile: (path) => Promise.resolve(files.get(path) ?? new Uint8Array()),
        size: (path) => Promise.resolve(path.includes('huge') ? 600 * 1024 * 1024 : (files.get(path)?.byteLength ?? 0)),
      },
      documentsDir: '/home/u/Documents',
      window: () => null,
      messages: () => en,
    };
  }

  it('writes nothing when the user cancels, and the chosen file otherwise', async () => {
    const files = new Map<string, Uint8Array>();
    expect(await saveWithDialog(deps({}, files), 'k.json', 'workspace', new Uint8Array([1, 2]))).toEqual({ saved: false });
    expect(files.size).toBe(0);
    let offered = '';
    const chosen = deps(
      {
        showSaveDialog: ((options: { defaultPath: string }) => {
          offered = options.defaultPath;
          return Promise.resolve({ canceled: false, filePath: '/tmp/备份.json' });
        }) as never,
      },
      files,
    );
    expect(await saveWithDialog(chosen, 'k.json', 'workspace', new Uint8Array([1, 2]))).toEqual({ saved: true, name: '备份.json' });
    expect(offered).toBe('/home/u/Documents/k.json');
    expect(files.get('/tmp/备份.json')).toEqual(new Uint8Array([1, 2]));
  });

  it('opens the chosen file, and refuses files over 512 MB before reading them', async () => {
    const files = new Map([['/d/ws.json', new Uint8Array([123, 125])]]);
    const open = (path: string) => deps({ showOpenDialog: (() => Promise.resolve({ canceled: false, filePaths: [path] })) }, files);
    expect(await openWithDialog(open('/d/ws.json'), 'workspace')).toEqual({ name: 'ws.json', bytes: new Uint8Array([123, 125]) });
    await expect(openWithDialog(open('/d/huge.json'), 'workspace')).rejects.toThrow('larger than 512 MB');
    expect(await openWithDialog(deps(), 'workspace')).toBeNull();
  });
});
