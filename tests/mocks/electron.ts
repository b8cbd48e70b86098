/**
 * A fake of the parts of Electron the shell uses, recording what was called so tests can check the
 * start-up order and the security settings without the Electron binary (which cannot be downloaded
 * on CI machines here).
 */
type Handler = (...args: never[]) => unknown;

export interface FakeWindow {
  options: Record<string, unknown>;
  loadedUrl: string | null;
  sent: { channel: string; payload: unknown }[];
  title: string;
}

export function createFakeElectron(options: { gotLock?: boolean; systemLanguages?: string[]; packaged?: boolean } = {}) {
  const calls: string[] = [];
  const appHandlers = new Map<string, Handler>();
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privilegedSchemes: unknown[] = [];
  const windows: FakeWindow[] = [];
  const menus: unknown[][] = [];
  const opened: string[] = [];
  let permissionRequest: ((contents: { getURL(): string }, permission: string, callback: (ok: boolean) => void) => void) | null = null;
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));

  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows() {
      return BrowserWindow.all;
    }
    record: FakeWindow;
    webContents = {
      send: (channel: string, payload: unknown) => this.record.sent.push({ channel, payload }),
      on: (event: string) => calls.push(`webContents.on ${event}`),
    };
    constructor(options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      this.record = { options, loadedUrl: null, sent: [], title: String(options.title) };
      windows.push(this.record);
      BrowserWindow.all.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      calls.push(`loadURL ${url}`);
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
    setTitle(title: string) {
      this.record.title = title;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }

  const electron = {
    app: {
      isPackaged: options.packaged ?? false,
      setPath: (name: string, path: string) => calls.push(`setPath ${name} ${path}`),
      getPath: (name: string) => `/fake/${name}`,
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return options.gotLock ?? true;
      },
      quit: () => calls.push('quit'),
      getPreferredSystemLanguages: () => options.systemLanguages ?? ['zh-CN'],
      on: (event: string, handler: Handler) => appHandlers.set(event, handler),
      whenReady: () => ready,
      getName: () => 'Keyplan',
      getVersion: () => '0.1.0',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('registerSchemesAsPrivileged');
        privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        calls.push(`protocol.handle ${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler),
    },
    dialog: {
      showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showMessageBox: () => Promise.resolve({ response: 0 }),
    },
    shell: {
      openPath: (path: string) => {
        opened.push(path);
        return Promise.resolve('');
      },
      openExternal: (url: string) => {
        opened.push(url);
        return Promise.resolve();
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => {
        calls.push('setApplicationMenu');
        menus.push(menu);
      },
    },
    // No key store by default (as on a Linux desktop without a keyring): encrypted backups are refused.
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: (text: string) => new TextEncoder().encode(text),
      decryptString: (bytes: Uint8Array) => new TextDecoder().decode(bytes),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof permissionRequest) => {
          calls.push('setPermissionRequestHandler');
          permissionRequest = handler;
        },
        setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
      },
    },
  };

  return {
    electron,
    calls,
    appHandlers,
    ipcHandlers,
    protocolHandlers,
    privilegedSchemes,
    windows,
    menus,
    opened,
    permissionRequest: () => permissionRequest,
    becomeReady: async () => {
      readyResolve();
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

/** An IPC event as sent by a frame at `url` (`parent` non-null for an iframe). */
export function ipcEvent(url: string, options: { iframe?: boolean } = {}) {
  return { senderFrame: { url, parent: options.iframe ? {} : null }, sender: { printToPDF: () => Promise.resolve(new Uint8Array([37, 80, 68, 70])) } };
}

type ContentsListener = (event: { preventDefault(): void }, url: string) => void;

/**
 * Web contents as the shell hardens them: records the listeners and the window-open handler it
 * installs; `fire` says whether a listener prevented the event (and throws when none was installed).
 */
export function fakeWebContents() {
  const listeners = new Map<string, ContentsListener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: ContentsListener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const fire = (event: string, url = '') => {
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no ${event} listener`);
    let prevented = false;
    listener({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}
