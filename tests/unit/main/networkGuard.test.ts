import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { blockNetwork, isRequestAllowed } from '../../../src/main/networkGuard';

describe('isRequestAllowed', () => {
  it.each([
    'app://fieldline/index.html',
    'app://fieldline/assets/x.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AAAA',
    'blob:app://fieldline/4b1e',
  ])('allows local %s', (url) => expect(isRequestAllowed(url)).toBe(true));

  it.each([
    'https://example.com/',
    'http://example.com/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'chrome://settings',
    'not a url',
  ])('blocks %s', (url) => expect(isRequestAllowed(url)).toBe(false));

  it('allows the dev server (and its HMR socket) on exactly its host and port, in development only', () => {
    const dev = 'http://localhost:5173';
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', dev)).toBe(true);
    expect(isRequestAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isRequestAllowed('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isRequestAllowed('https://example.com/', dev)).toBe(false);
  });
});

describe('blockNetwork', () => {
  it('cancels every request that is not allowed', () => {
    let listener:
      ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      webRequest: { onBeforeRequest: (l: typeof listener) => (listener = l) },
    } as unknown as Session;
    blockNetwork(session);
    const decide = (url: string) => {
      const callback = vi.fn();
      listener?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://tracker.example/pixel.gif')).toEqual({ cancel: true });
    expect(decide('ws://example.com/')).toEqual({ cancel: true });
    expect(decide('app://fieldline/index.html')).toEqual({ cancel: false });
  });
});
