/**
 * Browser mode's journal sink with several tabs (a journal file each, one shared snapshot): a
 * compaction removes another tab's journal file only when its snapshot covers every record
 * in it and that tab is closed (an open tab's access handle locks its file), and a reader always
 * finds the newest whole snapshot.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { opfsSink } from '../../src/renderer/src/store-host/opfsSink';
import { encodeRecord, scanJournal } from '../../src/shared/journal/records';
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
    const bTab = opfs.process();
    const b = await tab(bTab);
    await b.append(record(4));
    await b.append(record(5));
    const journalFiles = () => [...opfs.files.keys()].filter((name) => name.startsWith('journal-')).length;
    expect(journalFiles()).toBe(2);
    await a.compact(snapshot(4), new Uint8Array(0));
    expect(journalFiles()).toBe(2); // record 5 is not in the snapshot yet
    await a.compact(snapshot(5), new Uint8Array(0));
    expect(journalFiles()).toBe(2); // covered, but b's tab is open: its access handle locks the file
    bTab.end();
    await a.compact(snapshot(5), new Uint8Array(0));
    expect(journalFiles()).toBe(1);
    expect(await a.readSnapshot()).toBe(snapshot(5));
    expect(await a.readSnapshotFront!()).toBe(snapshot(5));
  });

  it("reads every tab's journal places from headers and fronts: the same places a whole read gives", async () => {
    const opfs = fakeOpfs();
    const a = await tab(opfs.process());
    const b = await tab(opfs.process());
    const big = encodeRecord({
      dbId: 'db-1',
      seq: 6,
      at: 6,
      method: 'import.commit',
      ops: [{ op: 'put', table: 'deals', values: ['x'.repeat(600_000)] }],
    });
    for (const bytes of [record(4), big, record(7)]) await b.append(bytes);
    await a.append(record(8));
    const whole = (await a.readJournals()).map((bytes) => ({
      places: scanJournal(bytes),
      bytes: bytes.length,
    }));
    expect(await a.readJournalPlaces!()).toEqual(whole);
    expect(whole.flatMap((file) => file.places!.map((p) => p.seq)).sort()).toEqual([4, 6, 7, 8]);
  });
});
