/**
 * The one object the UI preload exposes as `window.fieldline` (types only, so the
 * renderer can `import type { FieldlineBridge }`). Named functions only; every call is
 * checked (sender + payload) by main.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  content: string | Uint8Array;
  filters: FileFilter[];
}

export interface PrintToPdfRequest {
  /** A complete, self-contained HTML document (no scripts run, no requests are made). */
  html: string;
  suggestedName: string;
}

export interface SaveResult {
  saved: boolean;
  path?: string;
}

export interface BackupEntry {
  file: string;
  createdAt: number;
  size: number;
  /** Much smaller than the backup before it: data may have vanished (the rep is told). */
  shrunk: boolean;
  /** The last backup before a shrink: kept whatever its age, beside the newer ones. */
  beforeShrink: boolean;
}

export interface RestoreResult {
  restored: boolean;
  message: string;
}

/** The store host's state as main's supervisor sees it. */
export type StoreStatus =
  | { state: 'starting' }
  | { state: 'ready' }
  | { state: 'restarting'; reason: string; attempt: number; inMs: number };

export interface FieldlineBridge {
  saveFile(req: SaveFileRequest): Promise<SaveResult>;
  printToPdf(req: PrintToPdfRequest): Promise<SaveResult>;
  /** Opens an https: or mailto: URL in the OS; anything else is refused. */
  openExternal(url: string): Promise<void>;
  /**
   * Called when a reminder notification or the tray asks to open a deal; returns an
   * unsubscribe function. Requests that arrived before the first subscriber are delivered to it.
   */
  onOpenDeal(cb: (dealId: string) => void): () => void;
  /** The store host's state (now, then on every change); returns an unsubscribe function. */
  onStoreStatus(cb: (status: StoreStatus) => void): () => void;
  listBackups(): Promise<BackupEntry[]>;
  backupNow(): Promise<{ file: string }>;
  /** `file` is one of `listBackups()`'s entries; null lets the user pick a file. */
  restoreBackup(file: string | null): Promise<RestoreResult>;
  readonly platform: 'electron';
}

/** The message the preloads post into their page, carrying a MessagePort in `ports[0]`. */
export interface PortMessage {
  type: 'fieldline:store-port' | 'fieldline:connect';
}
