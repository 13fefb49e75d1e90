/**
 * Browser mode's sink writes a snapshot a chunk per task (the journal's appends run between):
 * the chunks are the text's exact UTF-8, a surrogate pair never split between two, and a
 * snapshot written so reads back whole while records are appended during its write.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeInChunks, opfsSink } from '../../src/renderer/src/store-host/opfsSink';
import { concatBytes } from '../../src/shared/journal/bytes';
import { decodeJournal, encodeRecord } from '../../src/shared/journal/records';
import { fakeOpfs } from './testing/fakeOpfs';

afterEach(() => void vi.unstubAllGlobals());

describe('a snapshot written in chunks', () => {
  it('is the text’s UTF-8 for any chunk size, surrogate pairs kept whole', async () => {
    const text = `{"journal":{}} Ålesund 🚢 naïve ${'😀'.repeat(7)} end`;
    const whole = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 8, 1 << 20]) {
      const chunks = await encodeInChunks(text, size);
      expect(concatBytes(chunks)).toEqual(whole);
      for (const chunk of chunks)
        expect(new TextDecoder('utf-8', { fatal: true }).decode(chunk)).toBeTruthy();
    }
  });

  it('reads back whole, and an append during its write stays in the journal', async () => {
    vi.stubGlobal('navigator', { storage: fakeOpfs().process().storage });
    const sink = await opfsSink();
    const record = (seq: number) =>
      encodeRecord({ dbId: 'db-1', seq, at: seq, method: 'deals.create', ops: [] });
    await sink.append(record(1));
    const text = JSON.stringify({
      journal: { dbId: 'db-1', seq: 1, database: 'fieldline' },
      pad: 'x'.repeat(3 << 20),
    });
    const writing = sink.writeSnapshot!(text);
    await sink.append(record(2)); // between two chunks
    await sink.dropBefore!(await writing, record(2));
    expect(await sink.readSnapshot()).toBe(text);
    const [own] = await sink.readJournals();
    expect(decodeJournal(own!).records.map((r) => r.seq)).toEqual([2]);
  });
});
