import type { RpcClient } from '../../../shared/rpc/client';
import type { StoreStatus } from '../../../main/preload/api';

export type { StoreStatus };

export interface SaveRequest {
  suggestedName: string;
  content: string | Uint8Array;
  filters: { name: string; extensions: string[] }[];
  mimeType: string;
}

export interface SaveResult {
  saved: boolean;
  path?: string;
}

export type { BackupEntry } from '../../../main/preload/api';
import type { BackupEntry } from '../../../main/preload/api';

/**
 * Everything the UI may ask of the outside world. Feature code uses only this; it never
 * checks which implementation it got.
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
  /** Print a standalone HTML document to PDF (Electron) or the browser's print dialog. */
  printToPdf(request: { html: string; suggestedName: string }): Promise<SaveResult>;
  openExternal(url: string): Promise<void>;
  /**
   * Show a reminder now. Electron's main process fires native notifications itself, so
   * there this is a no-op; in the browser it uses Web Notifications or an in-app toast.
   */
  notify(notification: { title: string; body: string; dealId: string | null }): void;
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
    list(): Promise<BackupEntry[]>;
    backupNow(): Promise<{ file: string }>;
    restore(file: string | null): Promise<{ restored: boolean; message: string }>;
  } | null;
}
