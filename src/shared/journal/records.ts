/**
 * The journal's on-disk format: an append-only sequence of records, each
 *   [payload length: uint32 LE][CRC-32 of the payload: uint32 LE][payload: UTF-8 JSON]
 * A record whose length runs past the end, or whose checksum does not match, ends the
 * readable journal: at the very end that is a torn last write (expected after a kill, and
 * ignored); anywhere else it is damage, and reading stops at the last good record and says so.
 */
import { crc32 } from './crc32';

/** One write of one table inside a committed command. */
export type JournalOp =
  | { op: 'put'; table: string; values: unknown[] }
  | { op: 'delete'; table: string; keys: unknown[] }
  | { op: 'clear'; table: string }
  | {
      op: 'deleteRange';
      table: string;
      lower: unknown;
      upper: unknown;
      lowerOpen: boolean;
      upperOpen: boolean;
    };

export interface JournalRecord {
  /** The database's identity (meta.dbId) and this record's place in its history (meta.seq). */
  dbId: string;
  seq: number;
  at: number;
  method: string;
  ops: JournalOp[];
}

const HEADER = 8;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeRecord(record: JournalRecord): Uint8Array {
  // Identity and place first, always in this order: scanJournal reads them from the front.
  const { dbId, seq, at, method, ops } = record;
  const payload = encoder.encode(JSON.stringify({ dbId, seq, at, method, ops }));
  const out = new Uint8Array(HEADER + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length, true);
  view.setUint32(4, crc32(payload), true);
  out.set(payload, HEADER);
  return out;
}

export interface DecodedJournal {
  records: JournalRecord[];
  /** Bytes of whole, good records (where the next append belongs). */
  goodBytes: number;
  /** Why reading stopped before the end, or null when every byte was a good record. */
  stopped: null | { kind: 'torn-tail' | 'damaged'; at: number; message: string };
}

const isRecord = (value: unknown): value is JournalRecord => {
  const r = value as Partial<JournalRecord> | null;
  return Boolean(r && typeof r.dbId === 'string' && Number.isInteger(r.seq) && Array.isArray(r.ops));
};

export function decodeJournal(bytes: Uint8Array): DecodedJournal {
  const records: JournalRecord[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset < bytes.length) {
    const fail = (message: string): DecodedJournal => {
      // A bad record with nothing good after it is a torn last write; otherwise damage.
      const tail =
        offset + HEADER + (bytes.length - offset >= HEADER ? view.getUint32(offset, true) : 0) >=
        bytes.length;
      const kind = tail ? 'torn-tail' : 'damaged';
      const what =
        kind === 'torn-tail'
          ? 'an unfinished last record was ignored'
          : `the journal is damaged at byte ${offset}; ${records.length} records before it were read`;
      return { records, goodBytes: offset, stopped: { kind, at: offset, message: `${what} (${message})` } };
    };
    if (bytes.length - offset < HEADER) return fail('header cut short');
    const length = view.getUint32(offset, true);
    const checksum = view.getUint32(offset + 4, true);
    if (offset + HEADER + length > bytes.length) return fail('record cut short');
    const payload = bytes.subarray(offset + HEADER, offset + HEADER + length);
    if (crc32(payload) !== checksum) return fail('checksum mismatch');
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(payload));
    } catch {
      return fail('unreadable record');
    }
    if (!isRecord(parsed)) return fail('not a journal record');
    records.push(parsed);
    offset += HEADER + length;
  }
  return { records, goodBytes: offset, stopped: null };
}

/** Where a record belongs: its database's identity and its sequence number. */
export interface RecordPlace {
  dbId: string;
  seq: number;
}

/** The front of a payload as encodeRecord writes it. */
const PLACE = /^\{"dbId":("(?:[^"\\]|\\.)*"),"seq":(\d+),/;
const PLACE_BYTES = 256;
const lenient = new TextDecoder();

/** A record's place, from the first bytes of its payload (null: not a front encodeRecord wrote). */
function placeOf(front: Uint8Array): RecordPlace | null {
  const match = PLACE.exec(lenient.decode(front));
  return match ? { dbId: JSON.parse(match[1]!) as string, seq: Number(match[2]) } : null;
}

/**
 * The walk over a journal of `size` bytes that both scans make: it yields the bytes it needs
 * next (`[at, length]`: a record's header, then its payload's front) and is given them back.
 */
function* walkPlaces(size: number): Generator<[number, number], RecordPlace[] | null, Uint8Array> {
  const places: RecordPlace[] = [];
  let offset = 0;
  while (size - offset >= HEADER) {
    const head = yield [offset, HEADER];
    if (head.length < HEADER) break; // the file ended early (cut while read): as a torn tail
    const length = new DataView(head.buffer, head.byteOffset, HEADER).getUint32(0, true);
    const start = offset + HEADER;
    if (start + length > size) break; // a torn last record: decodeJournal drops it too
    const place = placeOf(yield [start, Math.min(length, PLACE_BYTES)]);
    if (!place) return null;
    places.push(place);
    offset = start + length;
  }
  return places;
}

/**
 * Every record's place, read from the front of its payload only: no checksum is computed and
 * no payload is parsed, so a start can tell at once whether its database already holds all
 * the journal has (a 20,000-deal import is one record of many megabytes). It never finds
 * fewer records than decodeJournal keeps (it walks on where decodeJournal stops at damage,
 * and stops only at a record cut short at the end). Null when a record's front cannot be
 * read: the caller then decodes the journal whole.
 */
export function scanJournal(bytes: Uint8Array): RecordPlace[] | null {
  const walk = walkPlaces(bytes.length);
  let step = walk.next();
  while (!step.done) step = walk.next(bytes.subarray(step.value[0], step.value[0] + step.value[1]));
  return step.value;
}

/** How much of a journal file one read takes: small records are walked inside it, a long one is jumped over. */
const SCAN_WINDOW = 256 * 1024;

/**
 * scanJournal over a file read in parts (`read(at, length)`: up to `length` bytes at `at`):
 * a window of 256 KB at a time, and a record longer than what is left of it jumped over, so a
 * 30 MB journal holding one 10,000-deal import costs two small reads, not 30 MB.
 */
export async function scanJournalFile(
  size: number,
  read: (at: number, length: number) => Promise<Uint8Array>,
  windowBytes = SCAN_WINDOW,
): Promise<RecordPlace[] | null> {
  let window: Uint8Array = new Uint8Array(0);
  let windowAt = 0;
  const walk = walkPlaces(size);
  let step = walk.next();
  while (!step.done) {
    const [at, length] = step.value;
    if (at < windowAt || at + length > windowAt + window.length) {
      window = await read(at, Math.min(size - at, Math.max(length, windowBytes)));
      windowAt = at;
    }
    step = walk.next(window.subarray(at - windowAt, at - windowAt + length));
  }
  return step.value;
}
