/**
 * Browser mode's journal sink at start: every start leaves a journal file (its own, kept until a
 * compaction covers it), so a start can meet dozens. Their record places are read all at once,
 * from the directory listing's handles, not one after the other, each looked up by name first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { opfsSink } from '../../src/renderer/src/store-host/opfsSink';
import { encodeRecord } from '../../src/shared/journal/records';
import { fakeOpfs } from './testing/fakeOpfs';

const record = (seq: number) => encodeRecord({ dbId: 'db-1', seq, at: seq, method: 'deals.create', ops: [] });

type Process = ReturnType<ReturnType<typeof fakeOpfs>['process']>;

/** Counts the journal directory's look-ups by name and the most file reads in flight at once. */
async function watched(process: Process) {
  const dir = (await (await process.storage.getDirectory()).getDirectoryHandle()) as unknown as {
    getFileHandle: (...args: unknown[]) => Promise<unknown>;
    entries: () => AsyncGenerator<readonly [string, { getFile: () => Promise<unknown> }]>;
  };
  const seen = { lookups: 0, inFlight: 0, mostInFlight: 0 };
  const lookUp = dir.getFileHandle.bind(dir);
  dir.getFileHandle = (...args) => (seen.lookups++, lookUp(...args));
  const list = dir.entries.bind(dir);
  dir.entries = async function* () {
    for await (const [name, handle] of list()) {
      const getFile = handle.getFile.bind(handle);
      handle.getFile = async () => {
        seen.mostInFlight = Math.max(seen.mostInFlight, ++seen.inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        try {
          return await getFile();
        } finally {
          seen.inFlight--;
        }
      };
      yield [name, handle] as const;
    }
  };
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the OPFS sink at start', () => {
  it("reads the other starts' journal files at once, from the listing, and finds every record", async () => {
    const opfs = fakeOpfs();
    for (let seq = 1; seq <= 6; seq++) {
      vi.stubGlobal('navigator', { storage: opfs.process().storage });
      const earlier = await opfsSink();
      if (seq % 2 === 0) await earlier.append(record(seq)); // some starts wrote, some did not
    }
    const process = opfs.process();
    vi.stubGlobal('navigator', { storage: process.storage });
    const sink = await opfsSink();
    const seen = await watched(process);

    const files = await sink.readJournalPlaces!();

    expect(files).toHaveLength(7); // its own and the six left before it
    expect(files.flatMap((file) => file.places!.map((p) => p.seq)).sort()).toEqual([2, 4, 6]);
    expect(seen.lookups).toBe(0);
    expect(seen.mostInFlight).toBe(6);
  });

  it("removes the empty journal files closed tabs left, never a live tab's, one just made, or one with records", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const opfs = fakeOpfs();
    const journals = () => [...opfs.files.keys()].filter((name) => name.startsWith('journal-'));
    /** A tab's start: its process, its sink and the journal file it made. */
    const startTab = async () => {
      const before = new Set(journals());
      const process = opfs.process();
      vi.stubGlobal('navigator', { storage: process.storage });
      const sink = await opfsSink();
      return { process, sink, file: journals().find((name) => !before.has(name))! };
    };
    const closedEmpty = [await startTab(), await startTab()];
    closedEmpty.forEach((tab) => tab.process.end());
    const closedWithRecord = await startTab();
    await closedWithRecord.sink.append(record(1));
    closedWithRecord.process.end();
    const live = await startTab(); // open, and has saved nothing yet
    vi.setSystemTime(Date.now() + 5 * 60_000);
    const justClosed = await startTab(); // empty and closed, but made a moment ago
    justClosed.process.end();

    const next = await startTab();
    const files = await next.sink.readJournalPlaces!();

    expect(files.flatMap((file) => file.places!.map((p) => p.seq))).toEqual([1]);
    expect(journals().sort()).toEqual([closedWithRecord.file, live.file, justClosed.file, next.file].sort());
    // A later start: the one made a moment ago is old enough now; the live tab's stays.
    vi.setSystemTime(Date.now() + 5 * 60_000);
    const later = await startTab();
    await later.sink.readJournalPlaces!();
    expect(journals().sort()).toEqual([closedWithRecord.file, live.file, next.file, later.file].sort());
  });
});
