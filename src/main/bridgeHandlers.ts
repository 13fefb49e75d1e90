/**
 * Main's side of the bridge contract (src/shared/bridge/contract.ts): one handler per declared
 * call, registered on that call's channel through the checked IPC registry (sender frame and
 * payload are validated before a handler runs; a channel not in the contract has no handler).
 * The compiler requires a handler for every call, with the call's payload and result types.
 */
import type { IpcMainInvokeEvent } from 'electron';
import {
  bridgeCalls,
  bridgeChannel,
  type BridgeCallName,
  type BridgeParsedInput,
  type BridgeResult,
} from '../shared/bridge/contract';
import type { Backups } from './backups';
import type { IpcRegistry } from './ipc';
import type { FileExport } from './fileExport';
import { openVettedExternal, openVettedMailto } from './externalLinks';

/** What main does for each call. */
export type BridgeHandlers = {
  [K in BridgeCallName]: (
    input: BridgeParsedInput<K>,
    event: IpcMainInvokeEvent,
  ) => Promise<BridgeResult<K>> | BridgeResult<K>;
};

/** The backup service as the bridge needs it (`startBackups` from ./backups). */
export type BackupService = Pick<Backups, 'backupNow' | 'list' | 'restore'>;

export interface BridgeDeps {
  fileExport: FileExport;
  openExternal(url: string): Promise<void>;
  backups(): BackupService;
  /** Open-file dialog for "restore from a file"; null when cancelled. */
  pickBackupFile(): Promise<string | null>;
}

/** Registers every call of the contract, each on its own channel with its own payload schema. */
export function serveBridge(ipc: IpcRegistry, handlers: BridgeHandlers): void {
  for (const name of Object.keys(bridgeCalls) as BridgeCallName[]) {
    const handler = handlers[name] as (input: unknown, event: IpcMainInvokeEvent) => unknown;
    ipc.handle(bridgeChannel(name), bridgeCalls[name].input, handler);
  }
}

export function createBridgeHandlers(deps: BridgeDeps): BridgeHandlers {
  return {
    saveFile: (request) => deps.fileExport.saveFile(request),
    saveFiles: (request) => deps.fileExport.saveFiles(request),
    printToPdf: (request) => deps.fileExport.printToPdf(request),
    openExternal: (url) => openVettedExternal(url, deps.openExternal),
    openMailto: (url) => openVettedMailto(url, deps.openExternal),
    listBackups: () => deps.backups().list(),
    backupNow: () => deps.backups().backupNow(),
    async restoreBackup(file) {
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
    },
  };
}

/** Registers every UI → main call behind `window.fieldline` (see preload/ui.ts). */
export function registerBridgeHandlers(ipc: IpcRegistry, deps: BridgeDeps): void {
  serveBridge(ipc, createBridgeHandlers(deps));
}
