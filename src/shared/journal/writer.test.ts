/**
 * The journal writer's compaction with a sink that writes its snapshot in two steps: the
 * appends go on while the snapshot is written (a save is not held by it), and the journal
 * that remains holds exactly the records after the snapshot, those appended meanwhile too.
 */
import { describe, expect, it } from 'vitest';
import { createJournalWriter } from './journal';
import { decodeJournal, type JournalRecord } from './records';
import { memorySink, type JournalSink } from './sink';

const record = (seq: number): JournalRecord => ({
  dbId: 'db-1',
  seq,
  at: seq,
  method: 'deals.create',
  ops: [],
});
const snapshotAt = (seq: number) => JSON.stringify({ journal: { dbId: 'db-1', seq, database: 'fieldline' } });

/** A memory sink whose snapshot write waits until `release` (a slow disk, a large snapshot). */
function slowSnapshotSink() {
  const sink = memorySink();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const written: string[] = [];
  const writeSnapshot = async (text: string) => {
    await gate;
    written.push(text);
    return `snapshot-${written.length}`;
  };
  const dropBefore = async (name: string, keep: Uint8Array) => {
    sink.snapshot = written[Number(name.split('-')[1]) - 1]!;
    sink.journal = keep;
  };
  const twoSteps: JournalSink = {
    ...sink,
    writeSnapshot,
    dropBefore,
    compact: async (text, keep) => dropBefore(await writeSnapshot(text), keep),
  };
  return { sink, twoSteps, release };
}

describe('compaction beside the appends', () => {
  it('an append made while the snapshot is written is durable before the snapshot is', async () => {
    const { sink, twoSteps, release } = slowSnapshotSink();
    const writer = createJournalWriter(twoSteps);
    await writer.append(record(1));
    await writer.append(record(2));
    let compacted = false;
    const compacting = writer.compact(snapshotAt(1), 1).then(() => (compacted = true));
    // The snapshot is still being written: the next save's record is appended all the same.
    await writer.append(record(3));
    expect(compacted).toBe(false);
    expect(decodeJournal(sink.journal).records.map((r) => r.seq)).toEqual([1, 2, 3]);
    release();
    await compacting;
    // The journal keeps what the snapshot does not hold: 2, and 3 appended meanwhile.
    expect(sink.snapshot).toBe(snapshotAt(1));
    expect(decodeJournal(sink.journal).records.map((r) => r.seq)).toEqual([2, 3]);
    expect(writer.pending().records).toBe(2);
  });
});
