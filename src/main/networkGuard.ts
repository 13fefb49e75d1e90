import type { Session } from 'electron';

/** Schemes that never leave the machine. `file:` is not among them: the bundle is app://. */
const LOCAL_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:', 'chrome-devtools:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The app makes no network request at all. Allowed: the app's own scheme and local-only
 * schemes; in development, the electron-vite dev server (http + its HMR websocket) on
 * exactly its host and port. Everything else (http, https, ws, wss, ftp, file, ...) is
 * cancelled.
 */
export function isRequestAllowed(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (!devServerUrl) return false;
  const dev = parse(devServerUrl);
  if (!dev) return false;
  const sameServer = parsed.hostname === dev.hostname && parsed.port === dev.port;
  return (
    sameServer &&
    (parsed.protocol === dev.protocol || parsed.protocol === 'ws:' || parsed.protocol === 'wss:')
  );
}

/** Cancels every request `isRequestAllowed` refuses, for all windows of `session`. */
export function blockNetwork(session: Pick<Session, 'webRequest'>, devServerUrl?: string): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, devServerUrl) });
  });
}
