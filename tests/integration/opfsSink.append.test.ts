/**
 * Browser mode's journal sink on a save: an append is a write at the end of the tab's file and a
 * flush — each a call into the browser's file system, which a save waits on — with no call to ask
 * the file's size (the sink keeps where its own file ends); the records read back in order,
 * after a compaction too, and after a write that failed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { opfsSink } from '../../src/renderer/src/store-host/opfsSink';
import { decodeJournal, encodeRecord } from '../../src/shared/journal/records';
import { fakeOpfs } from './testing/fakeOpfs';

const record = (seq: number) => encodeRecord({ dbId: 'db-1', seq, at: seq, method: 'deals.create', ops: [] });
const snapshot = (seq: number) => JSON.stringify({ journal: { dbId: 'db-1', seq, database: 'fieldline' } });

async function start() {
  const process = fakeOpfs().process();
  vi.stubGlobal('navigator', { storage: process.storage });
  return { process, sink: await opfsSink() };
}

const seqsOf = async (sink: Awaited<ReturnType<typeof opfsSink>>) =>
  (await sink.readJournals()).flatMap((bytes) => decodeJournal(bytes).records.map((r) => r.seq));

afterEach(() => void vi.unstubAllGlobals());

describe('the OPFS sink on a save', () => {
  it('appends with a write and a flush, no size asked, and reads the records back in order', async () => {
    const { process, sink } = await start();
    process.calls.length = 0;
    for (let seq = 1; seq <= 3; seq++) await sink.append(record(seq));
    expect(process.calls).toEqual(['write', 'flush', 'write', 'flush', 'write', 'flush']);
    expect(await seqsOf(sink)).toEqual([1, 2, 3]);
    // A compaction keeps the records after its snapshot; appends go on after them.
    await sink.compact(snapshot(2), record(3));
    await sink.append(record(4));
    expect(await seqsOf(sink)).toEqual([3, 4]);
  });

  it('after a write that failed (in part), it asks the file where it ends', async () => {
    const { process, sink } = await start();
    await sink.append(record(1));
    process.kill.armed = () => true; // the next write lands in part, then fails
    await expect(sink.append(record(2))).rejects.toThrow();
    expect(process.calls.slice(-2)).toEqual(['write', 'getSize']);
  });
});
