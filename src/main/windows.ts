import { BrowserWindow, shell } from 'electron';
import type { WebContents } from 'electron';
import { isVettedExternalUrl } from './externalLinks';
import { windowOptions } from './windowOptions';
import type { WindowSpec } from './windowOptions';

/** Hands a vetted https/mailto link to the OS; anything else is dropped. */
export function openLinkExternally(url: string): void {
  if (isVettedExternalUrl(url)) void shell.openExternal(new URL(url).href);
}

/**
 * Locks a webContents down: no navigation away from the loaded page (a vetted link goes to
 * the OS browser instead), no new windows, no <webview>, no redirects of the main frame.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openLinkExternally(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openLinkExternally(url);
    return { action: 'deny' };
  });
}

/** The ONE place Fieldline creates a BrowserWindow: secure options, hardened contents. */
export function createWindow(spec: WindowSpec): BrowserWindow {
  const window = new BrowserWindow(windowOptions(spec));
  hardenWebContents(window.webContents);
  return window;
}
