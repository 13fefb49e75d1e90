import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { FakeBrowserWindow, fakeEvent, resetFakes, shell } from './fakeElectron';
import { createWindow } from '../../../src/main/windows';
import { windowOptions } from '../../../src/main/windowOptions';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const pdfSession = { name: 'pdf-session' } as unknown as Session;

function only(): FakeBrowserWindow {
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window was created');
  return window;
}

describe('window factory', () => {
  beforeEach(resetFakes);

  it.each([
    ['ui', { kind: 'ui', preload: '/app/preload/ui.js', devTools: false }],
    ['store-host', { kind: 'store-host', preload: '/app/preload/storeHost.js', devTools: false }],
    ['pdf', { kind: 'pdf', session: pdfSession }],
  ] as const)('creates %s windows with the secure webPreferences', (_kind, spec) => {
    createWindow(spec);
    const prefs = only().options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('gives the UI no spellcheck (its dictionaries are downloaded) and DevTools only when asked (development builds)', () => {
    const packaged = windowOptions({ kind: 'ui', preload: '/p/ui.js', devTools: false }).webPreferences;
    expect(packaged).toMatchObject({ spellcheck: false, devTools: false });
    expect(windowOptions({ kind: 'ui', preload: '/p/ui.js', devTools: true }).webPreferences?.devTools).toBe(
      true,
    );
  });

  it('gives the store host its own preload and keeps it hidden', () => {
    const options = windowOptions({ kind: 'store-host', preload: '/p/storeHost.js', devTools: false });
    expect(options.show).toBe(false);
    expect(options.webPreferences?.preload).toBe('/p/storeHost.js');
    expect(options.webPreferences?.backgroundThrottling).toBe(false);
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('renders PDFs with JavaScript disabled, no preload, hidden, on the given session', () => {
    const options = windowOptions({ kind: 'pdf', session: pdfSession });
    expect(options.show).toBe(false);
    expect(options.webPreferences?.javascript).toBe(false);
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences?.session).toBe(pdfSession);
    expect(options.webPreferences?.sandbox).toBe(true);
  });

  it('denies every window.open, routing only vetted links to the OS', () => {
    createWindow({ kind: 'ui', preload: '/p/ui.js', devTools: false });
    const handler = only().webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler?.({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/docs');
  });

  it('prevents every navigation; a vetted https/mailto target opens in the OS instead', () => {
    createWindow({ kind: 'ui', preload: '/p/ui.js', devTools: false });
    const contents = only().webContents;
    for (const url of [
      'https://evil.example/',
      'app://fieldline/other.html',
      'file:///etc/passwd',
      'mailto:a@b.example',
    ]) {
      const event = fakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://evil.example/',
      'mailto:a@b.example',
    ]);
  });

  it('refuses to attach <webview> tags and main-frame redirects', () => {
    createWindow({ kind: 'ui', preload: '/p/ui.js', devTools: false });
    const contents = only().webContents;
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://elsewhere.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
  });
});
