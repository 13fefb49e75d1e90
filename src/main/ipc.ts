import { z } from 'zod';
import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './appOrigin';

export type FieldlineChannel = `fieldline:${string}`;

/** What `handle` needs from ipcMain (injected so tests use a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The bits of an invoke event the sender check reads. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

/** Thrown (and sent to the renderer as a rejection) when a call is refused. */
export class IpcRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRefusedError';
  }
}

/**
 * True when the call comes from the app's own top-level frame: a frame exists (it may be
 * gone if the page navigated or was destroyed), it has no parent, and its URL is the app's
 * (`app://fieldline/` or, in development, the dev server's exact origin).
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined, devServerUrl?: string): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerUrl);
}

export interface IpcRegistry {
  handle<S extends z.ZodType, R>(
    channel: FieldlineChannel,
    schema: S,
    fn: (input: z.output<S>, event: IpcMainInvokeEvent) => R | Promise<R>,
  ): void;
  /** Removes every handler this registry added. */
  dispose(): void;
}

/**
 * `ipcMain.handle` with the two checks every Fieldline channel needs: the sender frame must
 * be the app's own top frame, and the single payload argument must match `schema`.
 * Either failure throws a clear error and the handler is never called.
 */
export function createIpcRegistry(ipcMain: IpcMainLike, devServerUrl?: string): IpcRegistry {
  const channels = new Set<string>();
  return {
    handle(channel, schema, fn) {
      if (!channel.startsWith('fieldline:'))
        throw new Error(`IPC channel "${channel}" must start with "fieldline:"`);
      channels.add(channel);
      ipcMain.handle(channel, async (event, ...args) => {
        if (!isTrustedSender(event.senderFrame, devServerUrl)) {
          throw new IpcRefusedError(`${channel}: refused a call from an untrusted frame`);
        }
        if (args.length > 1)
          throw new IpcRefusedError(`${channel}: expected one argument, got ${args.length}`);
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) {
          throw new IpcRefusedError(`${channel}: invalid request: ${z.prettifyError(parsed.error)}`);
        }
        return fn(parsed.data, event);
      });
    },
    dispose() {
      for (const channel of channels) ipcMain.removeHandler(channel);
      channels.clear();
    },
  };
}
