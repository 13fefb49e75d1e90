import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCommand, packageBin } from '../../../src/tools/packageBin.mjs';

const root = path.resolve(__dirname, '../../..');

describe('packageBin', () => {
  it("finds each tool's own bin file (run with node, never through npx)", () => {
    for (const [pkg, command] of [
      ['electron-vite', 'electron-vite'],
      ['vitest', 'vitest'],
      ['@playwright/test', 'playwright'],
    ] as const) {
      const file = packageBin(root, pkg, command);
      expect(existsSync(file), file).toBe(true);
      expect(file).toContain(path.join('node_modules', ...pkg.split('/')));
    }
  });

  it('builds a command that starts with this Node', () => {
    expect(nodeCommand(root, 'electron-vite', 'electron-vite', ['preview'])).toEqual([
      process.execPath,
      packageBin(root, 'electron-vite', 'electron-vite'),
      'preview',
    ]);
  });

  it('says so when a package has no such command', () => {
    expect(() => packageBin(root, 'electron-vite', 'nope')).toThrow(/no command nope/);
  });
});
