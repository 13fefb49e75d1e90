import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes';
import { createJournalWriter, readJournalState } from './journal';
import { decodeJournal, encodeRecord, type JournalRecord } from './records';
import { memorySink } from './sink';

const record = (seq: number, title = `deal ${seq}`): JournalRecord => ({
  dbId: 'db-1',
  seq,
  at: 1_700_000_000_000 + seq,
  method: 'deals.create',
  ops: [{ op: 'put', table: 'deals', values: [{ id: `d${seq}`, title }] }],
});
const concat = (...parts: Uint8Array[]) => concatBytes(parts);

describe('journal records', () => {
  it('round-trips any records, hostile text included', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (titles) => {
        const records = titles.map((t, i) => record(i + 1, t));
        const decoded = decodeJournal(concat(...records.map(encodeRecord)));
        expect(decoded.records).toEqual(records);
        expect(decoded.stopped).toBeNull();
      }),
    );
  });

  it('ignores a torn last record (a kill during the write) and says so', () => {
    const good = concat(encodeRecord(record(1)), encodeRecord(record(2)));
    const torn = encodeRecord(record(3)).subarray(0, 17);
    const decoded = decodeJournal(concat(good, torn));
    expect(decoded.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(decoded.goodBytes).toBe(good.length);
    expect(decoded.stopped).toMatchObject({ kind: 'torn-tail', at: good.length });
    expect(decoded.stopped?.message).toMatch(/unfinished last record was ignored/);
  });

  it('stops at the last good record when a checksum in the middle does not match, and says where', () => {
    const first = encodeRecord(record(1));
    const second = encodeRecord(record(2));
    second[second.length - 3] = second[second.length - 3]! ^ 0xff; // a flipped byte inside record 2's payload
    const decoded = decodeJournal(concat(first, second, encodeRecord(record(3))));
    expect(decoded.records.map((r) => r.seq)).toEqual([1]);
    expect(decoded.stopped).toMatchObject({ kind: 'damaged', at: first.length });
    expect(decoded.stopped?.message).toMatch(
      /damaged at byte \d+; 1 records before it were read \(checksum mismatch\)/,
    );
  });

  it('an empty journal is fine', () => {
    expect(decodeJournal(new Uint8Array(0))).toEqual({ records: [], goodBytes: 0, stopped: null });
  });
});

describe('journal writer and state', () => {
  it('appends in call order and compacts: the snapshot replaces the records it covers', async () => {
    const sink = memorySink();
    const writer = createJournalWriter(sink);
    await Promise.all([1, 2, 3, 4].map((seq) => writer.append(record(seq))));
    expect(decodeJournal(sink.journal).records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    const snapshot = JSON.stringify({ journal: { dbId: 'db-1', seq: 2, database: 'fieldline' } });
    await writer.compact(snapshot, 2);
    expect(decodeJournal(sink.journal).records.map((r) => r.seq)).toEqual([3, 4]);
    expect(writer.pending().records).toBe(2);
    const state = await readJournalState(sink);
    expect(state).toMatchObject({ lastSeq: 4, dbId: 'db-1', notes: [] });
    expect(state.snapshot?.header).toEqual({ dbId: 'db-1', seq: 2, database: 'fieldline' });
    expect(state.records.map((r) => r.seq)).toEqual([3, 4]);
  });

  it('reads several journal files (browser tabs) as one history, in sequence order, without duplicates', async () => {
    const sink = memorySink();
    const a = concat(encodeRecord(record(1)), encodeRecord(record(3)));
    const b = concat(encodeRecord(record(2)), encodeRecord(record(3)), encodeRecord(record(4)));
    sink.readJournals = async () => [a, b];
    const state = await readJournalState(sink);
    expect(state.records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(state.lastSeq).toBe(4);
  });
});

describe('snapshot header', () => {
  it('is read from the front of a snapshot without parsing the rest, and from anywhere as a fallback', async () => {
    const { readSnapshotHeader } = await import('./journal');
    const header = { dbId: 'db-1', seq: 7, database: 'fieldline' };
    expect(
      readSnapshotHeader(`{"journal":${JSON.stringify(header)},"format":"fieldline-backup", not json at all`),
    ).toEqual(header);
    expect(readSnapshotHeader(JSON.stringify({ format: 'fieldline-backup', journal: header }))).toEqual(
      header,
    );
    expect(readSnapshotHeader('{"format":"fieldline-backup"}')).toBeNull();
    expect(readSnapshotHeader('garbage')).toBeNull();
  });
});
