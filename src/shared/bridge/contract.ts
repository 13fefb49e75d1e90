/**
 * The bridge between the UI and Electron's main process, declared once (as VS Code's
 * ProxyChannel derives a service's IPC from its interface). Each UI → main call has a name,
 * a zod schema for its one payload and a result type; from this table
 * - the UI preload exposes one function per call on `window.fieldline` (src/main/preload/ui.ts),
 * - main registers one checked handler per call, validating the payload before the handler
 *   runs (src/main/bridgeHandlers.ts); a channel not in the table has no handler,
 * - the renderer's electron platform calls them (src/renderer/src/platform/electron.ts).
 * This module is bundled into the sandboxed UI preload: it may import zod and nothing else.
 */
import { z } from 'zod';

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

export const SaveFileRequest = z
  .object({
    suggestedName: FileName,
    content: z.union([
      z.string().max(MAX_EXPORT_BYTES),
      z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'file too large'),
    ]),
    filters: z.array(FileFilter).max(20),
  })
  .strict();
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

/** A plain file name: no folder part, nothing a file system refuses. */
const PlainFileName = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (name) =>
      !/[/\\:*?"<>|]/.test(name) &&
      ![...name].some((ch) => ch.charCodeAt(0) < 32) &&
      name !== '.' &&
      name !== '..',
    'must be a plain file name, without a folder',
  );

/** Several files written together into a new folder the rep places (an export for another CRM). */
export const SaveFilesRequest = z
  .object({
    folderName: PlainFileName,
    files: z
      .array(z.object({ name: PlainFileName, content: z.string().max(MAX_EXPORT_BYTES) }).strict())
      .min(1)
      .max(20)
      .refine(
        (files) => files.reduce((sum, f) => sum + f.content.length, 0) <= MAX_EXPORT_BYTES,
        'the files are too large together',
      )
      .refine(
        (files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length,
        'file names repeat',
      ),
  })
  .strict();
export type SaveFilesRequest = z.infer<typeof SaveFilesRequest>;

export const PrintToPdfRequest = z
  .object({
    /** A complete, self-contained HTML document (no scripts run, no requests are made). */
    html: z.string().min(1).max(MAX_HTML_CHARS),
    suggestedName: FileName,
  })
  .strict();
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequest>;

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

/** One UI → main call: its payload schema and (a phantom for) its result type. */
export interface BridgeCall<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly output?: O;
}
const call = <I extends z.ZodType>(input: I) => ({ returns: <O>(): BridgeCall<I, O> => ({ input }) });
const NoInput = z.undefined();

/** Every UI → main call. */
export const bridgeCalls = {
  saveFile: call(SaveFileRequest).returns<SaveResult>(),
  /** Asks for a folder, makes `folderName` in it and writes every file there; `path` is that folder. */
  saveFiles: call(SaveFilesRequest).returns<SaveResult>(),
  printToPdf: call(PrintToPdfRequest).returns<SaveResult>(),
  /** Opens an https: or mailto: URL in the OS; anything else is refused. */
  openExternal: call(z.string().min(1).max(2048)).returns<void>(),
  /** Opens an e-mail draft (a template's message) in the OS mail program; only mailto: URLs. */
  openMailto: call(
    z
      .string()
      .max(8192)
      .regex(/^mailto:/i, 'must be a mailto: link'),
  ).returns<void>(),
  listBackups: call(NoInput).returns<BackupEntry[]>(),
  backupNow: call(NoInput).returns<{ file: string }>(),
  /** `file` is one of `listBackups()`'s entries; null lets the user pick a file. */
  restoreBackup: call(z.string().min(1).max(1024).nullable()).returns<RestoreResult>(),
};

export type BridgeCalls = typeof bridgeCalls;
export type BridgeCallName = keyof BridgeCalls;
export type BridgeInput<K extends BridgeCallName> = z.input<BridgeCalls[K]['input']>;
export type BridgeParsedInput<K extends BridgeCallName> = z.output<BridgeCalls[K]['input']>;
export type BridgeResult<K extends BridgeCallName> =
  BridgeCalls[K] extends BridgeCall<z.ZodType, infer O> ? O : never;

/** The IPC channel of a call. */
export const bridgeChannel = (name: BridgeCallName) => `fieldline:call:${name}` as const;

/** The calls as the UI sees them: one async function each; a call without payload takes no argument. */
export type BridgeApi = {
  [K in BridgeCallName]: undefined extends BridgeInput<K>
    ? () => Promise<BridgeResult<K>>
    : (input: BridgeInput<K>) => Promise<BridgeResult<K>>;
};

/** The store host's state as main's supervisor sees it (main → UI; checked by the preload). */
export const StoreStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('starting') }),
  z.object({ state: z.literal('ready') }),
  z.object({
    state: z.literal('restarting'),
    reason: z.string(),
    attempt: z.number(),
    inMs: z.number(),
  }),
]);
export type StoreStatus = z.infer<typeof StoreStatus>;

/** The one object the UI preload exposes as `window.fieldline`. */
export type FieldlineBridge = BridgeApi & {
  /**
   * Called when a reminder notification or the tray asks to open a deal; returns an
   * unsubscribe function. Requests that arrived before the first subscriber are delivered to it.
   */
  onOpenDeal(cb: (dealId: string) => void): () => void;
  /** The store host's state (now, then on every change); returns an unsubscribe function. */
  onStoreStatus(cb: (status: StoreStatus) => void): () => void;
  readonly platform: 'electron';
};
