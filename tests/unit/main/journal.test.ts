import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import {
  createJournalWriter,
  readJournalState,
  readSnapshotHeader,
  SNAPSHOT_HEADER_BYTES,
} from '../../../src/shared/journal/journal';
import { fileJournal } from '../../../src/main/journal/fileJournal';
import { registerJournalIpc } from '../../../src/main/journal/journalIpc';
import { memorySink } from '../../../src/shared/journal/sink';
import { scanJournal } from '../../../src/shared/journal/records';
import { CHANNELS } from '../../../src/main/preload/channels';
import { FakeIpcMain } from './fakeIpc';

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fieldline-journal-'));
  dirs.push(dir);
  return path.join(dir, 'journal');
};
const record = (seq: number) => ({
  dbId: 'db',
  seq,
  at: seq,
  method: 'deals.create',
  ops: [{ op: 'put' as const, table: 'deals', values: [{ id: `d${seq}` }] }],
});

describe('the desktop journal file (main)', () => {
  it('appends durably, reads back, and compacts into an atomically replaced snapshot', async () => {
    const dir = await tempDir();
    const sink = fileJournal(dir);
    expect(await sink.readSnapshot()).toBeNull();
    expect(await sink.readJournals()).toEqual([new Uint8Array(0)]);
    const writer = createJournalWriter(sink);
    for (const seq of [1, 2, 3]) await writer.append(record(seq));
    expect((await readJournalState(sink)).records.map((r) => r.seq)).toEqual([1, 2, 3]);
    await writer.compact(JSON.stringify({ journal: { dbId: 'db', seq: 2, database: 'fieldline' } }), 2);
    const state = await readJournalState(sink);
    expect(state.snapshot?.header.seq).toBe(2);
    expect(state.records.map((r) => r.seq)).toEqual([3]);
    expect(JSON.parse(await readFile(path.join(dir, 'snapshot.json'), 'utf8'))).toMatchObject({
      journal: { seq: 2 },
    });
    // A start reads only the snapshot's first bytes, where its header is.
    const big = JSON.stringify({
      journal: { dbId: 'db', seq: 3, database: 'fieldline' },
      pad: 'x'.repeat(50_000),
    });
    await writer.compact(big, 3);
    const front = await sink.readSnapshotFront!();
    expect(front).toBe(big.slice(0, SNAPSHOT_HEADER_BYTES));
    expect(readSnapshotHeader(front!)).toEqual({ dbId: 'db', seq: 3, database: 'fieldline' });
    expect(await fileJournal(path.join(dir, 'none')).readSnapshotFront!()).toBeNull();
  });

  it("gives the journal's record places from the records' headers and fronts, as a whole read would", async () => {
    const dir = await tempDir();
    const sink = fileJournal(dir);
    expect(await sink.readJournalPlaces!()).toEqual([{ places: [], bytes: 0 }]);
    const writer = createJournalWriter(sink);
    const big = {
      ...record(2),
      ops: [{ op: 'put' as const, table: 'deals', values: ['x'.repeat(700_000)] }],
    };
    for (const r of [record(1), big, record(3)]) await writer.append(r);
    const [whole] = await sink.readJournals();
    expect(await sink.readJournalPlaces!()).toEqual([
      { places: [1, 2, 3].map((seq) => ({ dbId: 'db', seq })), bytes: whole!.length },
    ]);
    expect(scanJournal(whole!)).toEqual([1, 2, 3].map((seq) => ({ dbId: 'db', seq })));
  });
});

describe('the journal IPC', () => {
  const event = (url: string, parent: unknown = null) =>
    ({ senderFrame: { url, parent }, sender: {} }) as unknown as IpcMainInvokeEvent;

  it('serves the store-host page only, with validated requests', async () => {
    const ipc = new FakeIpcMain();
    const sink = memorySink();
    const stop = registerJournalIpc(ipc, sink);
    const handler = ipc.handlers.get(CHANNELS.journal)!;
    await handler(event('app://fieldline/store-host.html'), { op: 'append', bytes: new Uint8Array([1, 2]) });
    expect([...sink.journal]).toEqual([1, 2]);
    sink.snapshot = '{"journal":{"dbId":"db","seq":1,"database":"fieldline"},"tables":{}}';
    expect(await handler(event('app://fieldline/store-host.html'), { op: 'readSnapshotFront' })).toBe(
      sink.snapshot,
    );
    // A sink without its own scan: the places from the whole bytes (here: two bytes, no record).
    expect(await handler(event('app://fieldline/store-host.html'), { op: 'readJournalPlaces' })).toEqual([
      { places: [], bytes: 2 },
    ]);
    await expect(
      handler(event('app://fieldline/index.html'), { op: 'append', bytes: new Uint8Array([3]) }),
    ).rejects.toThrow(/only the store host/);
    await expect(
      handler(event('app://fieldline/store-host.html', {}), { op: 'readSnapshot' }),
    ).rejects.toThrow(/only the store host/);
    await expect(
      handler(event('https://evil.example/store-host.html'), { op: 'readSnapshot' }),
    ).rejects.toThrow(/only the store host/);
    await expect(
      handler(event('app://fieldline/store-host.html'), { op: 'append', bytes: 'not bytes' }),
    ).rejects.toThrow(/invalid request/);
    await expect(handler(event('app://fieldline/store-host.html'), { op: 'format-disk' })).rejects.toThrow(
      /invalid request/,
    );
    expect([...sink.journal]).toEqual([1, 2]);
    stop();
    expect(ipc.handlers.has(CHANNELS.journal)).toBe(false);
  });
});
