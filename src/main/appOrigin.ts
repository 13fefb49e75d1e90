/** The app's own origin: every UI page is served from here by the `app://` protocol. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The origin of a URL, or null when it has none we can trust (opaque, malformed). */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app itself: `app://fieldline/...`, or in development the
 * electron-vite dev server's exact origin (never a prefix match: `:51730` is not `:5173`).
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  if (!devServerUrl) return false;
  const devOrigin = originOf(devServerUrl);
  return devOrigin !== null && originOf(url) === devOrigin;
}
