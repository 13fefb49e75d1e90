import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { installPermissionHandlers, isPermissionAllowed } from '../../../src/main/permissions';

type RequestHandler = (
  contents: { getURL(): string },
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type CheckHandler = (contents: { getURL(): string } | null, permission: string, origin: string) => boolean;

function fakeSession() {
  const handlers: {
    request?: RequestHandler;
    check?: CheckHandler;
    device?: () => boolean;
    display?: (request: unknown, callback: (streams: unknown) => void) => void;
  } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: () => boolean) => (handlers.device = h),
    setDisplayMediaRequestHandler: (h: (request: unknown, callback: (streams: unknown) => void) => void) =>
      (handlers.display = h),
  };
  return { session: session as unknown as Session, handlers };
}

const appPage = { getURL: () => 'app://fieldline/index.html' };

function request(
  handler: RequestHandler | undefined,
  permission: string,
  url = 'app://fieldline/index.html',
): boolean {
  if (!handler) throw new Error('no request handler installed');
  const callback = vi.fn();
  handler(appPage, permission, callback, { requestingUrl: url });
  expect(callback).toHaveBeenCalledTimes(1);
  return callback.mock.calls[0]?.[0] as boolean;
}

describe('permission handlers', () => {
  it.each([
    'media',
    'geolocation',
    'clipboard-read',
    'midiSysex',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'openExternal',
    'fullscreen',
    'unknown',
  ])('deny %s, even to the app itself', (permission) => {
    const { session, handlers } = fakeSession();
    installPermissionHandlers(session);
    expect(request(handlers.request, permission)).toBe(false);
    expect(handlers.check?.(appPage, permission, 'app://fieldline')).toBe(false);
  });

  it('grant notifications and sanitized clipboard writes to the app origin only', () => {
    const { session, handlers } = fakeSession();
    installPermissionHandlers(session);
    expect(request(handlers.request, 'notifications')).toBe(true);
    expect(request(handlers.request, 'clipboard-sanitized-write')).toBe(true);
    expect(handlers.check?.(appPage, 'notifications', 'app://fieldline')).toBe(true);
    expect(request(handlers.request, 'notifications', 'https://evil.example/')).toBe(false);
    expect(handlers.check?.(appPage, 'notifications', 'https://evil.example')).toBe(false);
    expect(handlers.check?.(null, 'notifications', '')).toBe(false);
  });

  it('deny device access and screen capture outright', () => {
    const { session, handlers } = fakeSession();
    installPermissionHandlers(session);
    expect(handlers.device?.()).toBe(false);
    const callback = vi.fn();
    handlers.display?.({}, callback);
    expect(callback).toHaveBeenCalledWith(null);
  });

  it('trust the dev server only by exact origin, and only when given', () => {
    expect(isPermissionAllowed('notifications', 'http://localhost:5173')).toBe(false);
    expect(isPermissionAllowed('notifications', 'http://localhost:5173', 'http://localhost:5173')).toBe(true);
    expect(isPermissionAllowed('notifications', 'http://localhost:51730', 'http://localhost:5173')).toBe(
      false,
    );
    expect(isPermissionAllowed('media', 'http://localhost:5173', 'http://localhost:5173')).toBe(false);
  });
});
