/**
 * The journal's IPC: only the hidden store-host page may call it (checked on every call),
 * with a validated payload. Main does the file work (fileJournal.ts).
 */
import { z } from 'zod';
import type { IpcMainInvokeEvent } from 'electron';
import { readJournalPlaces, type JournalSink } from '../../shared/journal/sink';
import { isAppUrl } from '../appOrigin';
import { IpcRefusedError, type IpcMainLike } from '../ipc';
import { CHANNELS } from '../preload/channels';

const Bytes = z.instanceof(Uint8Array).refine((b) => b.length <= 256 * 1024 * 1024, 'at most 256 MB');
export const JournalRequest = z.discriminatedUnion('op', [
  z.object({ op: z.literal('append'), bytes: Bytes }),
  z.object({ op: z.literal('readJournals') }),
  z.object({ op: z.literal('readJournalPlaces') }),
  z.object({ op: z.literal('readSnapshot') }),
  z.object({ op: z.literal('readSnapshotFront') }),
  z.object({ op: z.literal('compact'), text: z.string().max(512 * 1024 * 1024), keep: Bytes }),
]);

/** True when the call comes from the store-host page's own top frame. */
export function isStoreHostFrame(
  frame: { url: string; parent: unknown } | null | undefined,
  devServerUrl?: string,
): boolean {
  if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerUrl)) return false;
  return new URL(frame.url).pathname === '/store-host.html';
}

export function registerJournalIpc(
  ipcMain: IpcMainLike,
  sink: JournalSink,
  devServerUrl?: string,
): () => void {
  ipcMain.handle(CHANNELS.journal, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    if (!isStoreHostFrame(event.senderFrame, devServerUrl))
      throw new IpcRefusedError(`${CHANNELS.journal}: only the store host may write the journal`);
    const request = JournalRequest.safeParse(args[0]);
    if (!request.success || args.length !== 1)
      throw new IpcRefusedError(`${CHANNELS.journal}: invalid request`);
    const r = request.data;
    if (r.op === 'append') return sink.append(r.bytes);
    if (r.op === 'readJournals') return sink.readJournals();
    if (r.op === 'readJournalPlaces') return readJournalPlaces(sink);
    if (r.op === 'readSnapshot') return sink.readSnapshot();
    if (r.op === 'readSnapshotFront') return sink.readSnapshotFront?.() ?? null;
    return sink.compact(r.text, r.keep);
  });
  return () => ipcMain.removeHandler(CHANNELS.journal);
}
