import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createIpcRegistry, isTrustedSender } from '../../../src/main/ipc';
import { appFrame, FakeIpcMain } from './fakeIpc';

const Payload = z.object({ name: z.string().max(10) }).strict();

function setup(devServerUrl?: string) {
  const ipcMain = new FakeIpcMain();
  const registry = createIpcRegistry(ipcMain, devServerUrl);
  const fn = vi.fn((input: { name: string }) => `hello ${input.name}`);
  registry.handle('fieldline:greet', Payload, fn);
  return { ipcMain, registry, fn };
}

describe('IPC handle()', () => {
  it('calls the handler with the parsed payload for the app top frame', async () => {
    const { ipcMain, fn } = setup();
    await expect(ipcMain.invoke('fieldline:greet', appFrame, { name: 'Ada' })).resolves.toBe('hello Ada');
    expect(fn).toHaveBeenCalledWith({ name: 'Ada' }, expect.anything());
  });

  it.each([
    ['a null frame (navigated away / destroyed)', null],
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://fieldline.evil/index.html', parent: null }],
    ['a file: page', { url: 'file:///tmp/x.html', parent: null }],
    [
      'a sub-frame of the app',
      { url: 'app://fieldline/index.html', parent: { url: 'app://fieldline/index.html' } },
    ],
    ['the dev server when not in development', { url: 'http://localhost:5173/', parent: null }],
  ])('rejects %s and never calls the handler', async (_name, frame) => {
    const { ipcMain, fn } = setup();
    await expect(ipcMain.invoke('fieldline:greet', frame, { name: 'Ada' })).rejects.toThrow(
      /untrusted frame/,
    );
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([
    ['missing field', {}],
    ['wrong type', { name: 42 }],
    ['too long', { name: 'x'.repeat(11) }],
    ['extra field', { name: 'Ada', admin: true }],
    ['not an object', 'Ada'],
    ['undefined', undefined],
  ])(
    'rejects an invalid payload (%s) with a clear error and never calls the handler',
    async (_name, payload) => {
      const { ipcMain, fn } = setup();
      await expect(ipcMain.invoke('fieldline:greet', appFrame, payload)).rejects.toThrow(
        /fieldline:greet: invalid request/,
      );
      expect(fn).not.toHaveBeenCalled();
    },
  );

  it('rejects extra arguments', async () => {
    const { ipcMain, fn } = setup();
    await expect(ipcMain.invoke('fieldline:greet', appFrame, { name: 'Ada' }, 'extra')).rejects.toThrow(
      /one argument/,
    );
    expect(fn).not.toHaveBeenCalled();
  });

  it('trusts the dev server by exact origin in development', async () => {
    const { ipcMain, fn } = setup('http://localhost:5173');
    await expect(
      ipcMain.invoke(
        'fieldline:greet',
        { url: 'http://localhost:5173/index.html', parent: null },
        { name: 'A' },
      ),
    ).resolves.toBe('hello A');
    await expect(
      ipcMain.invoke('fieldline:greet', { url: 'http://localhost:51730/', parent: null }, { name: 'A' }),
    ).rejects.toThrow(/untrusted/);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('only registers fieldline: channels and removes them on dispose', () => {
    const { ipcMain, registry } = setup();
    expect(() => registry.handle('other:thing' as 'fieldline:x', Payload, () => 1)).toThrow(
      /must start with "fieldline:"/,
    );
    registry.dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('isTrustedSender', () => {
  it('requires a top frame on the app origin', () => {
    expect(isTrustedSender(appFrame)).toBe(true);
    expect(isTrustedSender({ url: 'app://fieldline/store-host.html', parent: null })).toBe(true);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender({ url: 'app://fieldline', parent: null })).toBe(false);
  });
});
