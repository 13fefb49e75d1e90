import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes';
import { journalAhead, journalCoveredBy, journalStateOf, type SnapshotHeader } from './journal';
import { decodeJournal, encodeRecord, scanJournal, scanJournalFile, type JournalRecord } from './records';

const record = (dbId: string, seq: number): JournalRecord => ({
  dbId,
  seq,
  at: 1_700_000_000_000 + seq,
  method: 'deals.create',
  ops: [{ op: 'put', table: 'deals', values: [{ id: `d${seq}`, title: `deal "${seq}"` }] }],
});
const concat = concatBytes;
const snapshotText = (header: SnapshotHeader) => JSON.stringify({ journal: header, tables: {} });

describe('scanJournal: the records’ places without decoding them', () => {
  it('finds every record decodeJournal reads, a torn tail left out', () => {
    const records = [record('db-1', 1), record('db-1', 2), record('db-2', 7)];
    const whole = concat(records.map(encodeRecord));
    expect(scanJournal(whole)).toEqual(records.map(({ dbId, seq }) => ({ dbId, seq })));
    const torn = concat([whole, encodeRecord(record('db-2', 8)).subarray(0, 30)]);
    expect(scanJournal(torn)?.map((p) => p.seq)).toEqual([1, 2, 7]);
    expect(decodeJournal(torn).records.map((r) => r.seq)).toEqual([1, 2, 7]);
  });

  it('gives up (null) on a record whose front it cannot read', () => {
    const bad = encodeRecord(record('db-1', 1));
    bad.set(new TextEncoder().encode('garbage!'), 8);
    expect(scanJournal(concat([encodeRecord(record('db-1', 0)), bad]))).toBeNull();
  });

  it('reads the place whatever order the record’s fields were given in', () => {
    const { ops, method, at, seq, dbId } = record('db-"x"', 42);
    expect(scanJournal(encodeRecord({ ops, method, at, seq, dbId }))).toEqual([{ dbId, seq }]);
  });
});

/** A journal file: records of a history, some damaged in the middle or cut off at the end. */
const journalFile = fc
  .record({
    records: fc.array(
      fc.record({ dbId: fc.constantFrom('db-1', 'db-2'), seq: fc.integer({ min: 1, max: 12 }) }),
      { maxLength: 8 },
    ),
    damageAt: fc.option(fc.nat(), { nil: null }),
    cutTail: fc.nat({ max: 40 }),
  })
  .map(({ records, damageAt, cutTail }) => {
    const encoded = records.map((r) => encodeRecord(record(r.dbId, r.seq)));
    if (damageAt !== null && encoded.length > 0) {
      const victim = encoded[damageAt % encoded.length]!;
      victim[victim.length - 2] = victim[victim.length - 2]! ^ 0xff; // a flipped byte in a payload
    }
    const bytes = concat(encoded);
    return bytes.subarray(0, Math.max(0, bytes.length - cutTail));
  });

/** A file reader over `bytes` that counts what it was asked for. */
function reader(bytes: Uint8Array) {
  const reads: number[] = [];
  const read = async (at: number, length: number) => {
    reads.push(length);
    return bytes.slice(at, at + length);
  };
  return { read, reads };
}

describe('scanJournalFile: the same places, from a file read in parts', () => {
  it('finds what scanJournal finds on the whole bytes, whatever the window', async () => {
    await fc.assert(
      fc.asyncProperty(journalFile, fc.integer({ min: 1, max: 300 }), async (bytes, window) => {
        const { read } = reader(bytes);
        expect(await scanJournalFile(bytes.length, read, window)).toEqual(scanJournal(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('jumps over a long record: a 3 MB import between two saves costs two small reads', async () => {
    const big = {
      ...record('db-1', 2),
      ops: [{ op: 'put' as const, table: 'deals', values: ['x'.repeat(3_000_000)] }],
    };
    const bytes = concat([
      encodeRecord(record('db-1', 1)),
      encodeRecord(big),
      encodeRecord(record('db-1', 3)),
    ]);
    const { read, reads } = reader(bytes);
    expect(await scanJournalFile(bytes.length, read)).toEqual(
      [1, 2, 3].map((seq) => ({ dbId: 'db-1', seq })),
    );
    expect(reads).toHaveLength(2);
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThan(600_000);
  });
});

describe('journalCoveredBy: a start that decodes nothing', () => {
  it('says "covered" only when decoding the whole journal would find nothing to rebuild', () => {
    fc.assert(
      fc.property(
        fc.record({ dbId: fc.constantFrom('db-1', 'db-2'), seq: fc.integer({ min: 0, max: 12 }) }),
        fc.option(
          fc.record({
            dbId: fc.constantFrom('db-1', 'db-2'),
            seq: fc.integer({ min: 0, max: 12 }),
            database: fc.constant('fieldline'),
          }),
          { nil: null },
        ),
        fc.array(journalFile, { minLength: 1, maxLength: 3 }),
        (meta, header, journals) => {
          if (!journalCoveredBy(meta, header, journals.map(scanJournal))) return;
          const state = journalStateOf(header ? snapshotText(header) : null, journals);
          expect(journalAhead(meta, state)).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('is not covered when the database is behind a record or the snapshot', () => {
    const journal = concat([encodeRecord(record('db-1', 4)), encodeRecord(record('db-1', 5))]);
    const header = { dbId: 'db-1', seq: 3, database: 'fieldline' };
    expect(journalCoveredBy({ dbId: 'db-1', seq: 5 }, header, [scanJournal(journal)])).toBe(true);
    expect(journalCoveredBy({ dbId: 'db-1', seq: 4 }, header, [scanJournal(journal)])).toBe(false);
    expect(journalCoveredBy({ dbId: 'db-1', seq: 5 }, { ...header, seq: 6 }, [])).toBe(false);
    expect(journalAhead({ dbId: 'db-1', seq: 4 }, journalStateOf(snapshotText(header), [journal]))).toBe(
      true,
    );
  });
});
