import type { RpcClient } from '../../../shared/rpc/client';
import type {
  BackupEntry,
  BridgeApi,
  BridgeInput,
  SaveResult,
  StoreStatus,
} from '../../../shared/bridge/contract';

export type { BackupEntry, SaveResult, StoreStatus };

/** A file to save: the bridge's save request, plus its MIME type for a browser download. */
export type SaveRequest = BridgeInput<'saveFile'> & { mimeType: string };

/**
 * Everything the UI may ask of the outside world. Feature code uses only this; it never
 * checks which implementation it got. The calls main answers in Electron take their types
 * from the bridge contract (src/shared/bridge/contract.ts).
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** The typed store client (RPC over a MessagePort). */
  readonly store: RpcClient;
  /** Called after the store host restarted and the client reconnected: reload data. */
  onReconnect(listener: () => void): () => void;
  /** The store's state now and on every change ("Reconnecting to your data…" while it restarts). */
  onStoreStatus(listener: (status: StoreStatus) => void): () => void;
  saveFile(request: SaveRequest): Promise<SaveResult>;
  /** Several files at once: into a new folder the rep places (desktop), or one download each. */
  saveFiles: BridgeApi['saveFiles'];
  /** Print a standalone HTML document to PDF (Electron) or the browser's print dialog. */
  printToPdf: BridgeApi['printToPdf'];
  openExternal: BridgeApi['openExternal'];
  /** Open an e-mail draft in the rep's mail program (mailto: only). */
  openMailto: BridgeApi['openMailto'];
  /**
   * Whether reminders can reach the rep outside the app: 'on' (desktop notifications work),
   * 'ask' (the rep may turn them on), 'off' (refused or unsupported: in-app toasts only).
   */
  notificationState(): 'on' | 'ask' | 'off';
  /** Ask the OS/browser to allow desktop notifications (only when the state is 'ask'). */
  enableNotifications(): Promise<'on' | 'ask' | 'off'>;
  /** A notification (native or web) asked to open a deal. */
  onOpenDeal(listener: (dealId: string) => void): () => void;
  /** Automatic backups live in main; the browser has none (it offers a JSON download). */
  readonly backups: {
    list: BridgeApi['listBackups'];
    backupNow: BridgeApi['backupNow'];
    restore: BridgeApi['restoreBackup'];
  } | null;
}
