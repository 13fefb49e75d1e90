/**
 * PACKAGING REHEARSAL: electron-builder packs the built app (`out/`) exactly as `npm run dist:dir`
 * does, with a stand-in for the Electron binary (the real one cannot be downloaded everywhere),
 * and the resulting app.asar is read back: it must hold what runs and nothing else. Fuses need
 * the real binary and are left out here (their settings are checked in
 * tests/unit/packaging/builderConfig.test.ts). Needs `electron-vite build` first; Linux layout.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type * as Builder from 'electron-builder';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));
const temp = mkdtempSync(path.join(os.tmpdir(), 'fieldline-pack-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** An unpacked "Electron" that electron-builder can copy and rename (no real binary inside). */
function standInElectron(): string {
  const dir = path.join(temp, 'electron');
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\n');
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'version'), require('electron/package.json').version);
  return dir;
}

describe.runIf(process.platform === 'linux')('the packaged app', () => {
  it('carries only the built bundles, their runtime images and package.json, with no node_modules', async () => {
    expect(existsSync(path.join(root, 'out/main/index.js')), 'run `npx electron-vite build` first').toBe(
      true,
    );
    const base = require(path.join(root, 'resources/packaging/electron-builder.config.cjs')) as Record<
      string,
      unknown
    >;
    const { build, Platform } = require('electron-builder') as typeof Builder;
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: {
        ...base,
        electronDist: standInElectron(),
        electronFuses: null,
        directories: { output: path.join(temp, 'dist'), buildResources: 'resources/packaging' },
      },
    });
    const asarFile = path.join(temp, 'dist/linux-unpacked/resources/app.asar');
    const asar = createRequire(require.resolve('app-builder-lib/package.json'))('@electron/asar') as {
      listPackage(file: string): string[];
      extractFile(file: string, inner: string): Buffer;
    };
    const entries = asar.listPackage(asarFile).map((e) => e.split(path.sep).join('/'));
    for (const entry of entries)
      expect(entry, entry).toMatch(/^\/(out(\/(main|preload|renderer|resources)(\/.*)?)?|package\.json)$/);
    for (const needed of [
      '/out/main/index.js',
      '/out/preload/ui.js',
      '/out/preload/storeHost.js',
      '/out/renderer/index.html',
      '/out/renderer/store-host.html',
      '/out/resources/icon.png',
      '/out/resources/trayTemplate.png',
    ]) {
      expect(entries).toContain(needed);
    }
    expect(entries.some((e) => e.includes('node_modules') || e.endsWith('.map'))).toBe(false);
    const packagedPkg = JSON.parse(asar.extractFile(asarFile, 'package.json').toString()) as Record<
      string,
      unknown
    >;
    expect(packagedPkg['main']).toBe('out/main/index.js');
    expect(packagedPkg['dependencies'] ?? {}).toEqual({});
  });
});
