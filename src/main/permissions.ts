import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

/** The only web permissions Fieldline grants, and only to its own pages. */
const GRANTABLE = new Set<string>(['notifications', 'clipboard-sanitized-write']);

/** Pure decision: grant `permission` to a page at `origin`? */
export function isPermissionAllowed(permission: string, origin: string, devServerUrl?: string): boolean {
  return GRANTABLE.has(permission) && isAppUrl(origin.endsWith('/') ? origin : `${origin}/`, devServerUrl);
}

/**
 * Installs deny-by-default permission handlers on `session`: requests and checks are
 * refused unless `isPermissionAllowed`; device (HID/serial/USB) access and screen capture
 * are always refused.
 */
export function installPermissionHandlers(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const origin = details.requestingUrl || webContents.getURL();
    callback(isPermissionAllowed(permission, origin, devServerUrl));
  });
  session.setPermissionCheckHandler((webContents, permission, requestingOrigin) => {
    const origin = requestingOrigin || webContents?.getURL() || '';
    return isPermissionAllowed(permission, origin, devServerUrl);
  });
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
