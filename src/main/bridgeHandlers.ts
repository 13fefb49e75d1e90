import { z } from 'zod';
import type { IpcRegistry } from './ipc';
import type { FileExport } from './fileExport';
import type { BackupEntry, RestoreResult } from './preload/api';
import { CHANNELS } from './preload/channels';
import { openVettedExternal } from './externalLinks';

const MAX_EXPORT_BYTES = 200 * 1024 * 1024;
const MAX_HTML_CHARS = 20 * 1024 * 1024;

const FileName = z.string().max(255);
const FileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'an extension is letters/digits, without the dot'))
      .min(1)
      .max(20),
  })
  .strict();

export const SaveFileRequestSchema = z
  .object({
    suggestedName: FileName,
    content: z.union([
      z.string().max(MAX_EXPORT_BYTES),
      z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'file too large'),
    ]),
    filters: z.array(FileFilter).max(20),
  })
  .strict();

export const PrintToPdfRequestSchema = z
  .object({ html: z.string().min(1).max(MAX_HTML_CHARS), suggestedName: FileName })
  .strict();
export const ExternalUrlSchema = z.string().min(1).max(2048);
export const NoInput = z.undefined();
export const RestoreBackupSchema = z.string().min(1).max(1024).nullable();

/** The backup service as the bridge needs it (backed by `startBackups` from ./backups). */
export interface BackupService {
  backupNow(): Promise<{ file: string }>;
  list(): Promise<BackupEntry[]>;
  restore(file: string): Promise<RestoreResult>;
}

export interface BridgeDeps {
  fileExport: FileExport;
  openExternal(url: string): Promise<void>;
  backups(): BackupService;
  /** Open-file dialog for "restore from a file"; null when cancelled. */
  pickBackupFile(): Promise<string | null>;
}

/** Registers every UI → main channel behind `window.fieldline` (see preload/ui.ts). */
export function registerBridgeHandlers(ipc: IpcRegistry, deps: BridgeDeps): void {
  ipc.handle(CHANNELS.saveFile, SaveFileRequestSchema, (request) => deps.fileExport.saveFile(request));
  ipc.handle(CHANNELS.printToPdf, PrintToPdfRequestSchema, (request) => deps.fileExport.printToPdf(request));
  ipc.handle(CHANNELS.openExternal, ExternalUrlSchema, (url) => openVettedExternal(url, deps.openExternal));
  ipc.handle(CHANNELS.listBackups, NoInput, () => deps.backups().list());
  ipc.handle(CHANNELS.backupNow, NoInput, () => deps.backups().backupNow());
  ipc.handle(CHANNELS.restoreBackup, RestoreBackupSchema, async (file): Promise<RestoreResult> => {
    const backups = deps.backups();
    if (file === null) {
      const picked = await deps.pickBackupFile();
      if (picked === null) return { restored: false, message: 'No backup file was chosen.' };
      return backups.restore(picked);
    }
    // The renderer may only name a backup that main itself listed: never an arbitrary path.
    const known = await backups.list();
    if (!known.some((entry) => entry.file === file)) {
      throw new Error(
        'That backup is not in the backup folder; choose it with "Restore from file…" instead.',
      );
    }
    return backups.restore(file);
  });
}
