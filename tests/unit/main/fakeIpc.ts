import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent } from 'electron';
import type { IpcMainLike } from '../../../src/main/ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** A fake ipcMain: records handlers and lets a test invoke them as a given frame; `on` listeners are plain events. */
export class FakeIpcMain extends EventEmitter implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  async invoke(
    channel: string,
    frame: { url: string; parent: unknown } | null,
    ...args: unknown[]
  ): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = { senderFrame: frame, sender: {} } as unknown as IpcMainInvokeEvent;
    return listener(event, ...args);
  }
}

export const appFrame = { url: 'app://fieldline/index.html', parent: null };
