import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { uniqueTemp, writeFileAtomic } from '../../../src/main/atomicWrite';
import { createFileExport } from '../../../src/main/fileExport';

function setup(
  dialogResult: { canceled: boolean; filePath?: string } = { canceled: false, filePath: '/home/rep/out.csv' },
  folderResult: { canceled: boolean; filePaths: string[] } = {
    canceled: false,
    filePaths: ['/home/rep/Desktop'],
  },
) {
  const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => dialogResult);
  const writes: { target: string; data: string | Uint8Array }[] = [];
  const renderPdf = vi.fn(async (_html: string) => new Uint8Array([37, 80, 68, 70]));
  const showOpenDialog = vi.fn(async (_options: OpenDialogOptions) => folderResult);
  const dirs: string[] = [];
  const fileExport = createFileExport({
    showSaveDialog,
    showOpenDialog,
    makeDir: async (dir) => void dirs.push(dir),
    writeFileAtomic: async (target, data) => void writes.push({ target, data }),
    renderPdf,
    defaultDir: () => '/home/rep/Documents',
    joinPath: (dir, name) => path.posix.join(dir, name),
  });
  return { fileExport, showSaveDialog, showOpenDialog, writes, dirs, renderPdf };
}

describe('saveFile', () => {
  it('offers a sanitised name with the filter extension and writes what the user chose', async () => {
    const { fileExport, showSaveDialog, writes } = setup();
    const result = await fileExport.saveFile({
      suggestedName: '../Acme: deals',
      content: 'a,b\n',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe('/home/rep/Documents/Acme- deals.csv');
    expect(result).toEqual({ saved: true, path: '/home/rep/out.csv' });
    expect(writes).toEqual([{ target: '/home/rep/out.csv', data: 'a,b\n' }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { fileExport, writes } = setup({ canceled: true });
    await expect(fileExport.saveFile({ suggestedName: 'x', content: 'y', filters: [] })).resolves.toEqual({
      saved: false,
    });
    expect(writes).toEqual([]);
  });
});

describe('saveFiles', () => {
  it('asks for a folder, makes the named folder in it and writes every file there', async () => {
    const { fileExport, showOpenDialog, writes, dirs } = setup();
    const result = await fileExport.saveFiles({
      folderName: 'Fieldline for HubSpot 2026-12-05',
      files: [
        { name: 'hubspot-deals.csv', content: 'd' },
        { name: 'hubspot-contacts.csv', content: 'c' },
      ],
    });
    expect(showOpenDialog.mock.calls[0]?.[0].properties).toEqual(['openDirectory', 'createDirectory']);
    expect(dirs).toEqual(['/home/rep/Desktop/Fieldline for HubSpot 2026-12-05']);
    expect(writes).toEqual([
      { target: '/home/rep/Desktop/Fieldline for HubSpot 2026-12-05/hubspot-deals.csv', data: 'd' },
      { target: '/home/rep/Desktop/Fieldline for HubSpot 2026-12-05/hubspot-contacts.csv', data: 'c' },
    ]);
    expect(result).toEqual({ saved: true, path: '/home/rep/Desktop/Fieldline for HubSpot 2026-12-05' });
  });

  it('writes nothing when the folder dialog is cancelled', async () => {
    const { fileExport, writes, dirs } = setup(undefined, { canceled: true, filePaths: [] });
    await expect(
      fileExport.saveFiles({ folderName: 'x', files: [{ name: 'a.csv', content: '' }] }),
    ).resolves.toEqual({ saved: false });
    expect([writes, dirs]).toEqual([[], []]);
  });
});

describe('printToPdf', () => {
  it('renders, then asks where to save, then writes the PDF', async () => {
    const { fileExport, showSaveDialog, writes, renderPdf } = setup({
      canceled: false,
      filePath: '/home/rep/handoff.pdf',
    });
    const result = await fileExport.printToPdf({ html: '<h1>Handoff</h1>', suggestedName: 'Acme/handoff' });
    expect(renderPdf).toHaveBeenCalledWith('<h1>Handoff</h1>');
    const options = showSaveDialog.mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe('/home/rep/Documents/Acme-handoff.pdf');
    expect(options?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(result).toEqual({ saved: true, path: '/home/rep/handoff.pdf' });
    expect(writes[0]?.data).toEqual(new Uint8Array([37, 80, 68, 70]));
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fieldline-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces the target and leaves no temp file behind', async () => {
    const target = path.join(dir, 'deals.csv');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new,content');
    expect(await readFile(target, 'utf8')).toBe('new,content');
    await writeFileAtomic(target, new Uint8Array([104, 105]));
    expect(await readFile(target, 'utf8')).toBe('hi');
    expect(await readdir(dir)).toEqual(['deals.csv']);
  });

  it("in the rep's folder writes through a hidden, unique temp file that never takes <name>.tmp", async () => {
    const target = path.join(dir, 'deals.csv');
    await writeFile(`${target}.tmp`, 'theirs');
    expect(path.basename(uniqueTemp(target))).toMatch(/^\.deals\.csv\.[0-9a-f]{12}\.tmp$/);
    expect(uniqueTemp(target)).not.toBe(uniqueTemp(target));
    await writeFileAtomic(target, 'new,content', { tempPath: uniqueTemp });
    expect(await readFile(target, 'utf8')).toBe('new,content');
    expect(await readFile(`${target}.tmp`, 'utf8')).toBe('theirs');
    expect((await readdir(dir)).sort()).toEqual(['deals.csv', 'deals.csv.tmp']);
  });

  it('leaves the target untouched and cleans up when the write cannot finish', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing-folder', 'deals.csv'), 'x')).rejects.toThrow();
    // The target is a non-empty folder: the rename fails after the temp file was written.
    const folder = path.join(dir, 'deals.csv');
    await mkdir(folder);
    await writeFile(path.join(folder, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(folder, 'x')).rejects.toThrow();
    expect(await readFile(path.join(folder, 'keep.txt'), 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['deals.csv']);
  });
});
