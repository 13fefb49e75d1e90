import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageBin, runPackageBin } from '../../../src/tools/packageBin.mjs';

const root = path.resolve(__dirname, '../../..');

describe('running package commands without npx', () => {
  it('finds the script behind each command the npm scripts run', () => {
    for (const [pkg, command] of [
      ['electron-vite', 'electron-vite'],
      ['electron-builder', 'electron-builder'],
      ['vitest', 'vitest'],
      ['@playwright/test', 'playwright'],
    ] as const) {
      const file = packageBin(pkg, command);
      expect(file.startsWith(path.join(root, 'node_modules'))).toBe(true);
      expect(existsSync(file)).toBe(true);
    }
    expect(() => packageBin('electron-builder', 'no-such-command')).toThrow('no "no-such-command" command');
  });

  it('runs a command with this Node and returns its output', () => {
    const result = runPackageBin('prettier', 'prettier', ['--version'], { stdio: 'pipe', encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(String(result.stdout)).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('no start, packaging or desktop-test script spawns npx (it cannot start without a shell on Windows)', () => {
    for (const file of [
      'src/tools/start.mjs',
      'src/tools/dist.mjs',
      'src/tools/ensure-electron.mjs',
      'tests/electron/run.mjs',
    ]) {
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(text, file).not.toMatch(/spawnSync\(\s*['"]npx/);
      expect(text, file).not.toMatch(/\[\s*['"]-a['"],\s*['"]npx['"]/);
    }
  });
});
