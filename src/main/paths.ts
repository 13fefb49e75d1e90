import path from 'node:path';
import { APP_ORIGIN } from './appOrigin';

export type Page = 'index.html' | 'store-host.html';

/**
 * Where the built pieces live, relative to the built main bundle (out/main) — never to the
 * working directory or `app.getAppPath()`, which differ between `npm start`, `electron
 * out/main/index.js` and an installed app. The build copies the runtime images from
 * resources/ into out/resources/ (electron.vite.config.ts), so the same relative paths hold
 * in out/ and inside the packaged app.asar.
 */
export function bundlePaths(mainDir: string) {
  const resources = path.join(mainDir, '../resources');
  return {
    uiPreload: path.join(mainDir, '../preload/ui.js'),
    storeHostPreload: path.join(mainDir, '../preload/storeHost.js'),
    rendererRoot: path.join(mainDir, '../renderer'),
    icon: path.join(resources, 'icon.png'),
    /** macOS menu-bar icon: black + alpha, tinted by the system (a @2x sibling is picked up). */
    trayTemplate: path.join(resources, 'trayTemplate.png'),
  };
}

/** The images main loads at run time; the build copies exactly these into out/resources. */
export const RUNTIME_IMAGES = ['icon.png', 'trayTemplate.png', 'trayTemplate@2x.png'] as const;

/** The electron-vite dev server URL (development only; never trusted in a packaged app). */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const url = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !url) return undefined;
  try {
    const parsed = new URL(url);
    const local =
      parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' || parsed.hostname === '[::1]';
    return parsed.protocol === 'http:' && local ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The URL of a renderer page: app://fieldline/<page>, or the dev server's in development. */
export function pageUrl(page: Page, devServer?: string): string {
  return devServer ? new URL(`/${page}`, devServer).href : `${APP_ORIGIN}/${page}`;
}
