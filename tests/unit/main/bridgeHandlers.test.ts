import { describe, expect, it, vi } from 'vitest';
import { registerBridgeHandlers } from '../../../src/main/bridgeHandlers';
import type { BackupService } from '../../../src/main/bridgeHandlers';
import { createIpcRegistry } from '../../../src/main/ipc';
import { bridgeChannel } from '../../../src/shared/bridge/contract';
import { appFrame, FakeIpcMain } from './fakeIpc';

function setup() {
  const ipcMain = new FakeIpcMain();
  const backups: BackupService = {
    backupNow: vi.fn(async () => ({ file: 'fieldline-2024.json' })),
    list: vi.fn(async () => [
      { file: 'fieldline-2024.json', createdAt: 1, size: 10, shrunk: false, beforeShrink: false },
    ]),
    restore: vi.fn(async (file: string) => ({ restored: true, message: `restored ${file}` })),
  };
  const deps = {
    fileExport: {
      saveFile: vi.fn(async () => ({ saved: true, path: '/home/rep/x.csv' })),
      saveFiles: vi.fn(async () => ({ saved: true, path: '/home/rep/Fieldline for HubSpot' })),
      printToPdf: vi.fn(async () => ({ saved: false })),
    },
    openExternal: vi.fn(async (_url: string) => undefined),
    backups: () => backups,
    pickBackupFile: vi.fn(async (): Promise<string | null> => '/home/rep/old.json'),
  };
  registerBridgeHandlers(createIpcRegistry(ipcMain), deps);
  return {
    invoke: (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, appFrame, ...args),
    ipcMain,
    deps,
    backups,
  };
}

const csv = { name: 'CSV', extensions: ['csv'] };

describe('bridge handlers', () => {
  it('registers exactly the channels the preload uses', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [
        bridgeChannel('saveFile'),
        bridgeChannel('saveFiles'),
        bridgeChannel('printToPdf'),
        bridgeChannel('openExternal'),
        bridgeChannel('openMailto'),
        bridgeChannel('listBackups'),
        bridgeChannel('backupNow'),
        bridgeChannel('restoreBackup'),
      ].sort(),
    );
  });

  it('passes a valid set of files through, and refuses names with a folder part, repeats or no files', async () => {
    const { invoke, deps } = setup();
    const files = [
      { name: 'hubspot-deals.csv', content: 'a' },
      { name: 'hubspot-contacts.csv', content: 'b' },
    ];
    await expect(
      invoke(bridgeChannel('saveFiles'), { folderName: 'Fieldline for HubSpot', files }),
    ).resolves.toEqual({
      saved: true,
      path: '/home/rep/Fieldline for HubSpot',
    });
    for (const bad of [
      { folderName: '../up', files },
      { folderName: 'ok', files: [{ name: 'a/b.csv', content: '' }] },
      { folderName: 'ok', files: [{ name: '..', content: '' }] },
      { folderName: 'ok', files: [{ name: 'C:evil.csv', content: '' }] },
      { folderName: 'ok', files: [files[0], { ...files[0], name: 'HUBSPOT-DEALS.csv' }] },
      { folderName: 'ok', files: [] },
    ])
      await expect(invoke(bridgeChannel('saveFiles'), bad)).rejects.toThrow();
    expect(deps.fileExport.saveFiles).toHaveBeenCalledTimes(1);
  });

  it('refuses a channel the contract does not declare (it has no handler)', async () => {
    const { invoke } = setup();
    await expect(invoke('fieldline:call:deleteEverything', {})).rejects.toThrow(/no handler/);
  });

  it('passes a valid save request through, text or bytes', async () => {
    const { invoke, deps } = setup();
    await expect(
      invoke(bridgeChannel('saveFile'), { suggestedName: 'deals', content: 'a,b', filters: [csv] }),
    ).resolves.toEqual({ saved: true, path: '/home/rep/x.csv' });
    await invoke(bridgeChannel('saveFile'), {
      suggestedName: 'deals',
      content: new Uint8Array([1, 2]),
      filters: [csv],
    });
    expect(deps.fileExport.saveFile).toHaveBeenCalledTimes(2);
  });

  it.each([
    [
      'a dotted extension',
      { suggestedName: 'x', content: '', filters: [{ name: 'CSV', extensions: ['.csv'] }] },
    ],
    [
      'a path in the extension',
      { suggestedName: 'x', content: '', filters: [{ name: 'CSV', extensions: ['../x'] }] },
    ],
    ['content of the wrong type', { suggestedName: 'x', content: 12, filters: [] }],
    ['a huge name', { suggestedName: 'x'.repeat(300), content: '', filters: [] }],
    ['an unknown field', { suggestedName: 'x', content: '', filters: [], path: '/etc/passwd' }],
  ])('refuses a save request with %s', async (_name, request) => {
    const { invoke, deps } = setup();
    await expect(invoke(bridgeChannel('saveFile'), request)).rejects.toThrow(/invalid request/);
    expect(deps.fileExport.saveFile).not.toHaveBeenCalled();
  });

  it('refuses an empty PDF document', async () => {
    const { invoke, deps } = setup();
    await expect(invoke(bridgeChannel('printToPdf'), { html: '', suggestedName: 'x' })).rejects.toThrow(
      /invalid request/,
    );
    expect(deps.fileExport.printToPdf).not.toHaveBeenCalled();
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/'])(
    'openExternal refuses %s',
    async (url) => {
      const { invoke, deps } = setup();
      await expect(invoke(bridgeChannel('openExternal'), url)).rejects.toThrow(/https: and mailto:/);
      expect(deps.openExternal).not.toHaveBeenCalled();
    },
  );

  it('openExternal opens https links', async () => {
    const { invoke, deps } = setup();
    await invoke(bridgeChannel('openExternal'), 'https://example.com/');
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it.each([
    'https://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'mailto:a@b.example?subject=a b',
  ])('openMailto refuses %s', async (url) => {
    const { invoke, deps } = setup();
    await expect(invoke(bridgeChannel('openMailto'), url)).rejects.toThrow(/mailto:/);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('openMailto opens an encoded e-mail draft, with or without a recipient', async () => {
    const { invoke, deps } = setup();
    await invoke(bridgeChannel('openMailto'), 'mailto:maria@ironbark.example?subject=Hi%20Maria&body=x');
    await invoke(bridgeChannel('openMailto'), 'mailto:?subject=Hi&body=%7B');
    expect(deps.openExternal.mock.calls).toEqual([
      ['mailto:maria@ironbark.example?subject=Hi%20Maria&body=x'],
      ['mailto:?subject=Hi&body=%7B'],
    ]);
  });

  it('backups: list and back up now take no payload', async () => {
    const { invoke } = setup();
    await expect(invoke(bridgeChannel('listBackups'))).resolves.toHaveLength(1);
    await expect(invoke(bridgeChannel('backupNow'))).resolves.toEqual({ file: 'fieldline-2024.json' });
    await expect(invoke(bridgeChannel('backupNow'), { file: '/etc/passwd' })).rejects.toThrow(
      /invalid request/,
    );
  });

  it('restores only a backup main listed, never an arbitrary path', async () => {
    const { invoke, backups } = setup();
    await expect(invoke(bridgeChannel('restoreBackup'), 'fieldline-2024.json')).resolves.toEqual({
      restored: true,
      message: 'restored fieldline-2024.json',
    });
    await expect(invoke(bridgeChannel('restoreBackup'), '/etc/passwd')).rejects.toThrow(
      /not in the backup folder/,
    );
    expect(backups.restore).toHaveBeenCalledTimes(1);
  });

  it('restore(null) asks for a file with a dialog; cancelling restores nothing', async () => {
    const { invoke, backups, deps } = setup();
    await expect(invoke(bridgeChannel('restoreBackup'), null)).resolves.toEqual({
      restored: true,
      message: 'restored /home/rep/old.json',
    });
    deps.pickBackupFile.mockResolvedValueOnce(null);
    await expect(invoke(bridgeChannel('restoreBackup'), null)).resolves.toEqual({
      restored: false,
      message: 'No backup file was chosen.',
    });
    expect(backups.restore).toHaveBeenCalledTimes(1);
  });
});
