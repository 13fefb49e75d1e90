import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultElectronCache,
  missingElectronMessage,
  platformExecutable,
  resolveElectronBinary,
} from '../../../src/tools/electronBinary.mjs';
import { firstErrorLine } from '../../../src/tools/ensure-electron.mjs';

const electronDir = '/repo/node_modules/electron';
const files = (present: Record<string, string>) => ({
  exists: (file: string) => file in present,
  read: (file: string) => {
    const text = present[file];
    if (text === undefined) throw new Error(`ENOENT ${file}`);
    return text;
  },
});

describe('finding the Electron binary', () => {
  it("uses what Electron's installer wrote (path.txt + dist/)", () => {
    const fs = files({
      [path.join(electronDir, 'path.txt')]: 'electron',
      [path.join(electronDir, 'dist', 'electron')]: '',
    });
    expect(resolveElectronBinary({ env: {}, platform: 'linux', electronDir, ...fs })).toEqual({
      path: path.join(electronDir, 'dist', 'electron'),
      source: 'node_modules/electron',
    });
  });

  it('says the installer has not run when there is no path.txt (the state that read as "Electron uninstall")', () => {
    const result = resolveElectronBinary({ env: {}, platform: 'linux', electronDir, ...files({}) });
    expect(result.missing).toEqual([expect.stringContaining("Electron's installer has not run")]);
  });

  it('prefers ELECTRON_EXEC_PATH, then ELECTRON_OVERRIDE_DIST_PATH with the platform executable', () => {
    const exec = resolveElectronBinary({
      env: { ELECTRON_EXEC_PATH: '/opt/e/electron' },
      platform: 'linux',
      electronDir,
      ...files({ '/opt/e/electron': '' }),
    });
    expect(exec).toEqual({ path: '/opt/e/electron', source: 'ELECTRON_EXEC_PATH' });
    const mac = resolveElectronBinary({
      env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' },
      platform: 'darwin',
      electronDir,
      ...files({ '/opt/e/Electron.app/Contents/MacOS/Electron': '' }),
    });
    expect(mac.path).toBe('/opt/e/Electron.app/Contents/MacOS/Electron');
    const wrong = resolveElectronBinary({
      env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' },
      platform: 'win32',
      electronDir,
      ...files({}),
    });
    expect(wrong.missing).toEqual([`ELECTRON_OVERRIDE_DIST_PATH: ${path.join('/nowhere', 'electron.exe')}`]);
    expect(platformExecutable('win32')).toBe('electron.exe');
  });

  it('tells a person what is missing, how big, from where, the ways around it, and the browser version', () => {
    const text = missingElectronMessage({
      version: '45.5.0',
      platform: 'linux',
      arch: 'x64',
      cacheDir: '/home/rep/.cache/electron',
      reason: 'getaddrinfo ENOTFOUND github.com',
    });
    expect(text).toContain('electron-v45.5.0-linux-x64.zip');
    expect(text).toMatch(/about 100 MB/);
    expect(text).toContain('https://github.com/electron/electron/releases/tag/v45.5.0');
    for (const way of [
      'ELECTRON_MIRROR',
      '/home/rep/.cache/electron',
      'ELECTRON_OVERRIDE_DIST_PATH',
      'npm run web',
    ])
      expect(text).toContain(way);
    expect(text).not.toContain('uninstall');
  });

  it("names Electron's download cache per OS", () => {
    expect(defaultElectronCache({}, 'linux', '/home/rep')).toBe(path.join('/home/rep', '.cache', 'electron'));
    expect(defaultElectronCache({}, 'darwin', '/Users/rep')).toBe(
      path.join('/Users/rep', 'Library', 'Caches', 'electron'),
    );
    expect(defaultElectronCache({ electron_config_cache: '/cache' }, 'linux', '/home/rep')).toBe('/cache');
  });

  it("turns the installer's stack trace into one line a person can act on", () => {
    expect(firstErrorLine('TypeError: fetch failed\n    at node:internal/deps/undici')).toMatch(
      /^TypeError: fetch failed \(the download server could not be reached/,
    );
    expect(firstErrorLine('HTTPError: Response code 404 (Not Found)')).toBe(
      'HTTPError: Response code 404 (Not Found)',
    );
  });
});

describe('the message when an override points nowhere', () => {
  it('says the binary was not found there, not that a download failed', () => {
    const linuxX64 = { version: '45.5.0', platform: 'linux', arch: 'x64', cacheDir: '/c' };
    const text = missingElectronMessage({
      ...linuxX64,
      reason: 'ELECTRON_OVERRIDE_DIST_PATH: /opt/none/electron',
      overridden: true,
    });
    expect(text).toContain('Not found: ELECTRON_OVERRIDE_DIST_PATH: /opt/none/electron');
    expect(text).not.toContain('Downloading it failed');
  });
});
