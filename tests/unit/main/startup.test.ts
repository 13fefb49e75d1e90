import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../src/main/appMenu';
import { openMainLog, rotateLogFiles } from '../../../src/main/log';
import { runStartup, startupErrorText } from '../../../src/main/startupFailure';
import { userDataDir } from '../../../src/main/userData';

describe('start-up failure', () => {
  it('logs the cause, shows an error dialog naming the cause and the log, and exits 1', async () => {
    const deps = { showErrorBox: vi.fn(), exit: vi.fn(), log: vi.fn(), logFile: '/data/logs/main.log' };
    await runStartup(() => {
      throw new Error('Unable to load preload script');
    }, deps);
    expect(deps.log).toHaveBeenCalledWith('start-up failed', expect.any(Error));
    expect(deps.showErrorBox).toHaveBeenCalledWith(
      'Fieldline could not start',
      expect.stringContaining('Unable to load preload script'),
    );
    expect(deps.showErrorBox.mock.calls[0]?.[1]).toContain('/data/logs/main.log');
    expect(deps.exit).toHaveBeenCalledWith(1);
  });

  it('does nothing special when the start-up works (async too)', async () => {
    const deps = { showErrorBox: vi.fn(), exit: vi.fn(), log: vi.fn(), logFile: 'x' };
    await runStartup(async () => undefined, deps);
    expect(deps.exit).not.toHaveBeenCalled();
    expect(startupErrorText('disk full', '/l')).toMatch(/^Fieldline could not start: disk full/);
  });
});

describe('the data folder', () => {
  it('is <app-data>/Fieldline unless --user-data-dir was given', () => {
    expect(userDataDir('/home/rep/.config', false)).toBe(path.join('/home/rep/.config', 'Fieldline'));
    expect(userDataDir('/home/rep/.config', true)).toBeNull();
  });
});

describe('the application menu', () => {
  const actions = { openLogsFolder: vi.fn(), openBackupsFolder: vi.fn(), quit: vi.fn() };
  const roles = (template: ReturnType<typeof appMenuTemplate>) => JSON.stringify(template);

  it('has Edit roles (copy/paste) and Help → logs and backups folders; no reload or DevTools when packaged', () => {
    const packaged = appMenuTemplate(
      { platform: 'linux', packaged: true, productName: 'Fieldline' },
      actions,
    );
    expect(roles(packaged)).toContain('"role":"copy"');
    expect(roles(packaged)).toContain('"role":"paste"');
    expect(roles(packaged)).not.toMatch(/reload|toggleDevTools/i);
    const help = packaged.find((item) => item.role === 'help');
    const items = (help?.submenu ?? []) as { label?: string; click?: () => void }[];
    items.find((item) => item.label === 'Open Logs Folder')?.click?.();
    items.find((item) => item.label === 'Open Backups Folder')?.click?.();
    expect(actions.openLogsFolder).toHaveBeenCalled();
    expect(actions.openBackupsFolder).toHaveBeenCalled();
    expect(
      roles(appMenuTemplate({ platform: 'darwin', packaged: false, productName: 'Fieldline' }, actions)),
    ).toContain('toggleDevTools');
  });
});

describe('log rotation', () => {
  it('shifts main.log → main.1.log → … and drops the oldest', () => {
    const present = new Set(['/l/main.log', '/l/main.1.log', '/l/main.4.log']);
    const moves: string[] = [];
    const fsApi = {
      existsSync: (file: string) => present.has(file),
      renameSync: (from: string, to: string) => {
        moves.push(`${path.basename(from)}→${path.basename(to)}`);
        present.delete(from);
        present.add(to);
      },
      rmSync: (file: string) => {
        if (present.delete(file)) moves.push(`rm ${path.basename(file)}`);
      },
    };
    rotateLogFiles('/l/main.log', 4, fsApi as never);
    expect(moves).toEqual(['rm main.4.log', 'main.1.log→main.2.log', 'main.log→main.1.log']);
  });
});

describe('the main log folder', () => {
  it('that cannot be created gives a console-only log and the problem, for the start-up to report', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'fieldline-log-'));
    try {
      writeFileSync(path.join(base, 'file'), 'x');
      const { log, problem } = openMainLog(path.join(base, 'file', 'logs'));
      expect(problem?.message).toMatch(/^its data folder cannot be written \(ENOTDIR/);
      expect(log.file).toBe(path.join(base, 'file', 'logs', 'main.log'));
      const opened = openMainLog(path.join(base, 'logs'));
      expect(opened.problem).toBeNull();
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
