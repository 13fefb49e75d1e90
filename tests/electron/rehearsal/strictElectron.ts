/**
 * A strict stand-in for the `electron` module, for rehearsing the BUILT main bundle in Node.
 * It behaves like Electron where a start-up mistake would show, and records what happened:
 * - `protocol.registerSchemesAsPrivileged` only before ready; `protocol.handle` only after;
 * - `new Tray(path)` and `nativeImage.createFromPath` fail on a file that does not exist;
 * - every BrowserWindow must be sandboxed and context-isolated without Node, and its preload
 *   must exist and be ONE CommonJS file that requires nothing but 'electron' (what a
 *   sandboxed preload can load);
 * - `loadURL('app://…')` goes through the app's own registered protocol handler and fails
 *   (like Chromium's did-fail-load) unless it answers 200 with a file from the build;
 * - the hidden store-host page is played by a real store (Dexie on fake-indexeddb) served
 *   over the ports main hands it, and says "ready" as the real page does.
 */
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fromMessagePortMain } from '../../../src/main/portMain';
import type { JournalSink } from '../../../src/shared/journal/sink';
import { startStoreHost, type StoreHost } from '../../../src/shared/store/host';
import { fakeChannel, type FakePortMain } from '../../unit/main/fakePorts';

export interface StandInOptions {
  appPath: string;
  packaged: boolean;
  appData: string;
  argv?: string[];
  resourcesPath?: string;
  /** Runs once on the store before the host page says it is ready (e.g. an overdue follow-up). */
  prepareStore?(host: StoreHost): Promise<void>;
}

export type Recorded =
  | { kind: 'lock' }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'protocol'; scheme: string }
  | { kind: 'window'; role: 'ui' | 'store-host' | 'other'; id: number }
  | { kind: 'load'; id: number; url: string; ok: boolean }
  | { kind: 'show'; id: number }
  | { kind: 'tray'; icon: string }
  | { kind: 'host-ready'; id: number }
  | { kind: 'notification'; title: string }
  | { kind: 'error-box'; title: string; content: string }
  | { kind: 'exit'; code: number }
  | { kind: 'menu' };

const PRELOAD_REQUIRE = /\brequire\((['"])([^'"]+)\1\)/g;

/** What Electron requires of a sandboxed preload: it exists, is CommonJS, and requires only 'electron'. */
export function checkSandboxedPreload(file: string): void {
  if (!existsSync(file)) throw new Error(`Unable to load preload script: ${file} (no such file)`);
  const source = readFileSync(file, 'utf8');
  if (/^\s*import\s/m.test(source) || /^\s*export\s/m.test(source))
    throw new Error(`preload ${file} is an ES module; a sandboxed preload must be CommonJS`);
  for (const match of source.matchAll(PRELOAD_REQUIRE)) {
    if (match[2] !== 'electron')
      throw new Error(
        `preload ${file} requires "${match[2]}"; a sandboxed preload can require only "electron"`,
      );
  }
}

export function createStrictElectron(options: StandInOptions) {
  const events: Recorded[] = [];
  const record = (event: Recorded) => events.push(event);
  let ready = false;
  let nextId = 1;
  const handlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  const privileged = new Set<string>();
  const paths = new Map<string, string>([
    ['appData', options.appData],
    ['userData', path.join(options.appData, 'fieldline')],
    ['documents', path.join(options.appData, 'Documents')],
    ['temp', path.join(options.appData, 'tmp')],
  ]);
  const argv = options.argv ?? [];
  const store = { host: null as StoreHost | null, db: new IDBFactory(), opened: 0 };
  let exitCode: number | null = null;
  const exitResolvers: ((code: number) => void)[] = [];
  const exited = new Promise<number>((resolve) => exitResolvers.push(resolve));
  const allWindows: StrictWindow[] = [];
  const invokeHandlers = new Map<string, unknown>();

  class IpcMain extends EventEmitter {
    handle(channel: string, listener: unknown) {
      if (invokeHandlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      invokeHandlers.set(channel, listener);
    }
    removeHandler(channel: string) {
      invokeHandlers.delete(channel);
    }
  }
  const ipcMain = new IpcMain();

  class WebContents extends EventEmitter {
    readonly id: number;
    private destroyed = false;
    private loading = false;
    readonly sent: [string, unknown][] = [];
    readonly ports: FakePortMain[] = [];
    constructor(private readonly owner: StrictWindow) {
      super();
      this.id = owner.id;
    }
    isDestroyed = () => this.destroyed;
    isLoading = () => this.loading;
    setWindowOpenHandler() {}
    getURL = () => this.owner.url;
    send(channel: string, payload: unknown) {
      if (this.destroyed) throw new Error('Object has been destroyed');
      this.sent.push([channel, payload]);
    }
    postMessage(channel: string, _message: unknown, ports: FakePortMain[] = []) {
      if (this.destroyed) throw new Error('Object has been destroyed');
      this.ports.push(...ports);
      if (this.owner.role === 'store-host' && channel === 'fieldline:connect')
        for (const port of ports) void serveStore(port);
    }
    async load(url: string): Promise<void> {
      this.loading = true;
      this.owner.url = url;
      const ok = await resolves(url);
      record({ kind: 'load', id: this.id, url, ok });
      this.loading = false;
      if (this.destroyed) return;
      if (!ok) {
        this.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', url, true);
        throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`);
      }
      this.emit('did-finish-load');
      if (this.owner.role === 'store-host') void playStoreHostPage(this);
    }
    markDestroyed() {
      this.destroyed = true;
      this.emit('destroyed');
    }
  }

  class StrictWindow extends EventEmitter {
    readonly id = nextId++;
    readonly webContents: WebContents;
    readonly role: 'ui' | 'store-host' | 'other';
    url = '';
    visible = false;
    private destroyed = false;
    constructor(
      readonly options: { show?: boolean; icon?: string; webPreferences?: Record<string, unknown> },
    ) {
      super();
      if (!ready) throw new Error('Cannot create BrowserWindow before app is ready');
      const prefs = options.webPreferences ?? {};
      if (
        prefs['sandbox'] !== true ||
        prefs['contextIsolation'] !== true ||
        prefs['nodeIntegration'] !== false
      ) {
        throw new Error(
          `insecure window: sandbox=${String(prefs['sandbox'])} contextIsolation=${String(prefs['contextIsolation'])} nodeIntegration=${String(prefs['nodeIntegration'])}`,
        );
      }
      const preload = prefs['preload'];
      if (typeof preload === 'string') checkSandboxedPreload(preload);
      // A missing window icon is not fatal in Electron (the window shows without it).
      this.role =
        typeof preload !== 'string' ? 'other' : preload.endsWith('storeHost.js') ? 'store-host' : 'ui';
      this.webContents = new WebContents(this);
      allWindows.push(this);
      record({ kind: 'window', role: this.role, id: this.id });
    }
    loadURL(url: string) {
      return this.webContents.load(url);
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    restore() {}
    show() {
      this.visible = true;
      record({ kind: 'show', id: this.id });
    }
    hide() {
      this.visible = false;
    }
    focus() {}
    close() {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    }
    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.markDestroyed();
      this.emit('closed');
    }
  }

  /** Does the app's own handler serve `url` from the build? (Chromium would show an error page otherwise.) */
  async function resolves(url: string): Promise<boolean> {
    const scheme = new URL(url).protocol.replace(':', '');
    const handler = handlers.get(scheme);
    if (!handler) return false;
    const response = await handler({ url, method: 'GET' });
    return response.status === 200;
  }

  /** The store-host page: opens its database, then tells main it serves (as store-host/main.ts does). */
  /** The page's journal: the preload's bridge, i.e. main's registered `fieldline:journal` handler, called as the store-host frame. */
  function journalThroughMain(contents: WebContents): JournalSink {
    const invoke = (request: unknown) => {
      const handler = invokeHandlers.get('fieldline:journal') as
        ((event: unknown, ...args: unknown[]) => Promise<unknown>) | undefined;
      if (!handler) throw new Error('main registered no fieldline:journal handler');
      return handler({ sender: contents, senderFrame: { url: contents.getURL(), parent: null } }, request);
    };
    return {
      append: async (bytes) => void (await invoke({ op: 'append', bytes })),
      readJournals: async () => (await invoke({ op: 'readJournals' })) as Uint8Array[],
      readSnapshot: async () => (await invoke({ op: 'readSnapshot' })) as string | null,
      readSnapshotFront: async () => (await invoke({ op: 'readSnapshotFront' })) as string | null,
      compact: async (text, keep) => void (await invoke({ op: 'compact', text, keep })),
    };
  }

  async function playStoreHostPage(contents: WebContents) {
    if (!store.host) {
      const host = await startStoreHost({
        name: 'fieldline',
        indexedDB: store.db,
        IDBKeyRange,
        journal: { sink: journalThroughMain(contents) },
      });
      await options.prepareStore?.(host);
      store.host = host;
    }
    store.opened++;
    if (contents.isDestroyed()) return;
    record({ kind: 'host-ready', id: contents.id });
    ipcMain.emit('fieldline:store-host-status', { sender: contents }, { state: 'ready' });
  }

  async function serveStore(port: FakePortMain) {
    while (!store.host) await new Promise((resolve) => setTimeout(resolve, 5));
    store.host.server.connect(fromMessagePortMain(port));
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.packaged,
    name: 'fieldline',
    commandLine: {
      hasSwitch: (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`)),
      getSwitchValue: (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? '',
    },
    getAppPath: () => options.appPath,
    getPath(name: string) {
      const value = paths.get(name);
      if (!value) throw new Error(`Failed to get '${name}' path`);
      return value;
    },
    setPath(name: string, value: string) {
      if (ready && name === 'userData') throw new Error('userData must be set before the app is ready');
      paths.set(name, value);
    },
    getVersion: () => '0.1.0',
    getName: () => 'fieldline',
    setAppUserModelId() {},
    enableSandbox() {
      if (ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    },
    requestSingleInstanceLock() {
      record({ kind: 'lock' });
      return true;
    },
    isReady: () => ready,
    whenReady() {
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          ready = true;
          app.emit('ready');
          resolve();
        }),
      );
    },
    quit() {
      const beforeQuit = {
        defaultPrevented: false,
        preventDefault: () => (beforeQuit.defaultPrevented = true),
      };
      app.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      for (const window of [...allWindows]) window.close();
      const willQuit = { defaultPrevented: false, preventDefault: () => (willQuit.defaultPrevented = true) };
      app.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      app.emit('quit');
      app.exit(0);
    },
    exit(code: number) {
      if (exitCode !== null) return;
      exitCode = code;
      for (const window of [...allWindows]) window.destroy();
      record({ kind: 'exit', code });
      exitResolvers.forEach((resolve) => resolve(code));
    },
  });

  const protocol = {
    registerSchemesAsPrivileged(schemes: { scheme: string }[]) {
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      for (const s of schemes) {
        privileged.add(s.scheme);
        record({ kind: 'scheme', scheme: s.scheme });
      }
    },
    handle(scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) {
      if (!ready) throw new Error('protocol.handle must be called after app is ready');
      if (!privileged.has(scheme))
        throw new Error(`scheme ${scheme} was not registered as privileged before ready`);
      handlers.set(scheme, handler);
      record({ kind: 'protocol', scheme });
    },
  };

  const session = {
    webRequest: { onBeforeRequest() {} },
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    setDevicePermissionHandler() {},
    setDisplayMediaRequestHandler() {},
  };

  class Tray {
    constructor(icon: string) {
      if (!ready) throw new Error('Cannot create Tray before app is ready');
      if (!existsSync(icon)) throw new Error(`Failed to load image from path '${icon}'`);
      record({ kind: 'tray', icon });
      trays.push(this);
    }
    menu: { label?: string; click?: () => void }[] = [];
    setContextMenu(menu: { label?: string; click?: () => void }[]) {
      this.menu = menu;
    }
    setToolTip() {}
    on() {}
    destroy() {}
  }
  const trays: Tray[] = [];
  const menus: unknown[] = [];

  class Notification extends EventEmitter {
    static isSupported = () => true;
    constructor(readonly options: { title: string }) {
      super();
    }
    show() {
      record({ kind: 'notification', title: this.options.title });
    }
    close() {}
  }

  const module = {
    app,
    protocol,
    session: { defaultSession: session, fromPartition: () => session },
    ipcMain,
    BrowserWindow: StrictWindow,
    MessageChannelMain: class {
      readonly port1: FakePortMain;
      readonly port2: FakePortMain;
      constructor() {
        const pair = fakeChannel(`channel${nextId++}`);
        this.port1 = pair.port1;
        this.port2 = pair.port2;
      }
    },
    Tray,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        menus.push(menu);
        record({ kind: 'menu' });
      },
    },
    Notification,
    powerMonitor: new EventEmitter(),
    nativeImage: {
      createFromPath(file: string) {
        if (!existsSync(file)) throw new Error(`image not found: ${file}`);
        return { isEmpty: () => false };
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => record({ kind: 'error-box', title, content }),
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: { openExternal: async () => undefined, openPath: async () => '' },
    webContents: { getAllWebContents: () => allWindows.map((w) => w.webContents) },
  };

  return {
    module,
    events,
    windows: allWindows,
    trays,
    menus,
    store,
    exited,
    ipcMain,
    exitCode: () => exitCode,
    userData: () => app.getPath('userData'),
  };
}

export type StrictElectron = ReturnType<typeof createStrictElectron>;
