import path from 'node:path';
import { APP_ORIGIN } from './appOrigin';

export type Page = 'index.html' | 'store-host.html';

/** Where the built pieces live, relative to the built main bundle (out/main). */
export function bundlePaths(mainDir: string, appPath: string) {
  return {
    uiPreload: path.join(mainDir, '../preload/ui.js'),
    storeHostPreload: path.join(mainDir, '../preload/storeHost.js'),
    rendererRoot: path.join(mainDir, '../renderer'),
    icon: path.join(appPath, 'resources', 'icon.png'),
    /** macOS menu-bar icon: black + alpha, tinted by the system (a @2x sibling is picked up). */
    trayTemplate: path.join(appPath, 'resources', 'trayTemplate.png'),
  };
}

/** The electron-vite dev server URL (development only; never trusted in a packaged app). */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const url = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !url) return undefined;
  try {
    const parsed = new URL(url);
    const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' || parsed.hostname === '[::1]';
    return parsed.protocol === 'http:' && local ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The URL of a renderer page: app://fieldline/<page>, or the dev server's in development. */
export function pageUrl(page: Page, devServer?: string): string {
  return devServer ? new URL(`/${page}`, devServer).href : `${APP_ORIGIN}/${page}`;
}
