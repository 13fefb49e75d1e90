import { app, dialog, Menu, session, shell, Tray } from 'electron';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { uniqueTemp, writeFileAtomic } from './atomicWrite';
import { createFileExport } from './fileExport';
import type { FileExport } from './fileExport';
import { createPdfRenderer } from './pdf';
import type { TrayLike } from './tray';
import { createWindow } from './windows';

/** PDFs render in a non-persistent partition of their own (no "persist:" prefix). */
const PDF_PARTITION = 'fieldline-pdf';

/** File export backed by Electron's dialogs, an atomic fs write and a locked-down PDF window. */
export function electronFileExport(): FileExport {
  return createFileExport({
    showSaveDialog: (options) => dialog.showSaveDialog(options),
    showOpenDialog: (options) => dialog.showOpenDialog(options),
    makeDir: async (dir) => void (await mkdir(dir, { recursive: true })),
    // The rep's own folder: a hidden, unique temp name never meets a file of theirs.
    writeFileAtomic: (target, data) => writeFileAtomic(target, data, { tempPath: uniqueTemp }),
    renderPdf: createPdfRenderer({
      getSession: () => session.fromPartition(PDF_PARTITION, { cache: false }),
      createWindow: (pdfSession) => createWindow({ kind: 'pdf', session: pdfSession }),
    }),
    defaultDir: () => app.getPath('documents'),
    joinPath: (dir, name) => path.join(dir, name),
  });
}

export function openExternal(url: string): Promise<void> {
  return shell.openExternal(url);
}

/** "Restore from file…": lets the user pick a backup file; null when cancelled. */
export async function pickBackupFile(): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: 'Restore Fieldline from a backup',
    properties: ['openFile'],
    filters: [
      { name: 'Fieldline backup', extensions: ['json', 'fieldline'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function createTray(iconPath: string): TrayLike {
  const tray = new Tray(iconPath);
  return {
    setContextMenu: (template) => tray.setContextMenu(Menu.buildFromTemplate(template)),
    setToolTip: (text) => tray.setToolTip(text),
    onClick: (listener) => tray.on('click', listener),
    destroy: () => tray.destroy(),
  };
}
