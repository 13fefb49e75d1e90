import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_IDENTITY } from '../../../src/main/appIdentity';
import { RUNTIME_IMAGES } from '../../../src/main/paths';
import { icnsTypes, icoSizes, pngSize } from './imageSizes';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));
const configFile = path.join(root, 'resources/packaging/electron-builder.config.cjs');
type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; desktop: { entry: Record<string, string> } };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string; hardenedRuntime: boolean; entitlements: string };
  files: string[];
  directories: { buildResources: string };
};
const config = require(configFile) as Config;
const file = (relative: string) => readFileSync(path.join(root, relative));

/** electron-builder's own schema check (offline; the same one `electron-builder` runs first). */
async function validate(candidate: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(c: unknown, l: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(candidate, new DebugLogger(false));
}

describe('packaging config (electron-builder)', () => {
  it("loads and passes electron-builder's own validation (which does reject a bad config)", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, asar: 'sometimes' })).rejects.toThrow();
  });

  it('is the same app main knows: appId, product name, and package.json agree', () => {
    expect(config['appId']).toBe(APP_IDENTITY.appId);
    expect(config['productName']).toBe(APP_IDENTITY.productName);
    const pkg = JSON.parse(file('package.json').toString()) as {
      productName: string;
      dependencies: Record<string, string>;
    };
    expect(pkg.productName).toBe(APP_IDENTITY.productName);
    // The main bundle is self-contained: nothing must be installed into the packaged app.
    expect(pkg.dependencies).toEqual({});
  });

  it('sets every fuse that closes a way in', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      // Unsigned builds must still launch on Apple Silicon after the fuses change the binary.
      resetAdHocDarwinSignature: true,
    });
  });

  it('packs only what runs, in an asar, for every OS', () => {
    expect(config['asar']).toBe(true);
    expect(config.files).toEqual(['out/**/*', 'package.json', '!**/*.map']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.desktop.entry).toMatchObject({ Name: 'Fieldline', StartupWMClass: 'Fieldline' });
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(file(config.mac.entitlements).toString()).toContain('com.apple.security.cs.allow-jit');
  });

  it('points at icons that exist at every size each OS needs', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(file(`${config.linux.icon}/${size}x${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(file(`${config.directories.buildResources}/icon.png`))).toEqual({
      width: 1024,
      height: 1024,
    });
    expect(icoSizes(file(config.win.icon))).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
    expect(icnsTypes(file(config.mac.icon))).toEqual(
      expect.arrayContaining(['ic10', 'ic09', 'ic08', 'ic07']),
    );
    // The images main loads at run time (window, tray, macOS menu-bar template + @2x).
    expect(pngSize(file('resources/icon.png')).width).toBeGreaterThanOrEqual(256);
    expect(RUNTIME_IMAGES).toEqual(['icon.png', 'trayTemplate.png', 'trayTemplate@2x.png']);
    expect(pngSize(file('resources/trayTemplate.png'))).toEqual({ width: 16, height: 16 });
    expect(pngSize(file('resources/trayTemplate@2x.png'))).toEqual({ width: 32, height: 32 });
  });
});
