/**
 * The .deb target's own metadata check (electron-builder's FpmTarget), run offline against our
 * package.json and config. It runs only after Electron is downloaded and the app is packed, so
 * without this test a missing homepage or maintainer shows up only on a machine that can build
 * installers: `npm run dist` on Linux failing at the last step.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));
const config = require(path.join(root, 'resources/packaging/electron-builder.config.cjs')) as {
  linux: Record<string, unknown>;
  deb?: Record<string, unknown>;
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

interface FpmMeta {
  name: string;
  maintainer: string;
  url: string;
  vendor: string;
}

/** electron-builder's own code: AppInfo.computePackageUrl and FpmTarget.computeFpmMetaInfoOptions. */
async function debMetadata(metadata: Record<string, unknown>): Promise<FpmMeta> {
  const { AppInfo } = require('app-builder-lib/out/appInfo') as {
    AppInfo: { prototype: { computePackageUrl(this: unknown): Promise<string | null> } };
  };
  const FpmTarget = (
    require('app-builder-lib/out/targets/FpmTarget') as {
      default: { prototype: { computeFpmMetaInfoOptions(this: unknown): Promise<FpmMeta> } };
    }
  ).default;
  const info = { metadata, repositoryInfo: Promise.resolve(null) };
  const appInfo = {
    linuxPackageName: String(metadata['name']),
    computePackageUrl: () => AppInfo.prototype.computePackageUrl.call({ info, notNullDevMetadata: metadata }),
  };
  return FpmTarget.prototype.computeFpmMetaInfoOptions.call({
    packager: { appInfo, info },
    options: { ...config.linux, ...config.deb },
  });
}

describe('Linux .deb metadata', () => {
  it('has the homepage and maintainer the .deb target demands', async () => {
    const meta = await debMetadata(pkg);
    expect(meta.url).toMatch(/^https:\/\//);
    expect(meta.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(meta.name).toBe('fieldline');
  });

  it('is the check that fails without them', async () => {
    const { homepage: _homepage, author: _author, ...bare } = pkg;
    await expect(debMetadata(bare)).rejects.toThrow(/homepage[\s\S]*author 'email'/);
  });
});
