/**
 * Browser mode's journal sink with several tabs (a journal file each, one shared snapshot): a
 * compaction removes another tab's journal file only when its snapshot covers every record
 * in it, and a reader always finds the newest whole snapshot.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { opfsSink } from '../../src/renderer/src/store-host/opfsSink';
import { encodeRecord } from '../../src/shared/journal/records';
import { fakeOpfs } from './testing/fakeOpfs';

const record = (seq: number) => encodeRecord({ dbId: 'db-1', seq, at: seq, method: 'deals.create', ops: [] });
const snapshot = (seq: number) => JSON.stringify({ journal: { dbId: 'db-1', seq, database: 'fieldline' } });

async function tab(process: ReturnType<ReturnType<typeof fakeOpfs>['process']>) {
  vi.stubGlobal('navigator', { storage: process.storage });
  return opfsSink();
}

afterEach(() => void vi.unstubAllGlobals());

describe('the OPFS sink across tabs', () => {
  it("keeps another tab's journal until a snapshot covers all of it", async () => {
    const opfs = fakeOpfs();
    const a = await tab(opfs.process());
    const b = await tab(opfs.process());
    await b.append(record(4));
    await b.append(record(5));
    const journalFiles = () => [...opfs.files.keys()].filter((name) => name.startsWith('journal-')).length;
    expect(journalFiles()).toBe(2);
    await a.compact(snapshot(4), new Uint8Array(0));
    expect(journalFiles()).toBe(2); // record 5 is not in the snapshot yet
    await a.compact(snapshot(5), new Uint8Array(0));
    expect(journalFiles()).toBe(1);
    expect(await a.readSnapshot()).toBe(snapshot(5));
    expect(await a.readSnapshotFront!()).toBe(snapshot(5));
  });
});
