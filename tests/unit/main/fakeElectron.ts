/**
 * Hand-written fakes of the few Electron main-process APIs the modules under test touch.
 * Used as `vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeEvent {
  preventDefault: ReturnType<typeof vi.fn>;
}

export const fakeEvent = (): FakeEvent => ({ preventDefault: vi.fn() });

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly postMessage = vi.fn();
  readonly send = vi.fn();
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
  isLoading(): boolean {
    return false;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  visible = false;
  readonly focus = vi.fn();
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  /** What a user clicking the close button does: 'close' (preventable), then 'closed'. */
  userClose(): boolean {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.preventDefault.mock.calls.length > 0) return false;
    this.destroyed = true;
    this.emit('closed');
    return true;
  }
}

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

class FakeApp extends EventEmitter {
  readonly quit = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly enableSandbox = vi.fn();
  readonly isPackaged = false;
  ready = false;
  whenReady = vi.fn(async () => {
    this.ready = true;
  });
  isReady = () => this.ready;
  getAppPath = () => '/opt/fieldline';
  getPath = (name: string) => `/home/rep/.config/Fieldline${name === 'userData' ? '' : `/${name}`}`;
}
export const app = new FakeApp();

export const electronModule = { BrowserWindow: FakeBrowserWindow, shell, protocol, app };

export function resetFakes(): void {
  FakeBrowserWindow.instances = [];
  shell.openExternal.mockClear();
  protocol.registerSchemesAsPrivileged.mockClear();
  protocol.handle.mockClear();
  app.removeAllListeners();
  app.quit.mockClear();
  app.requestSingleInstanceLock.mockReset();
  app.requestSingleInstanceLock.mockReturnValue(true);
}
