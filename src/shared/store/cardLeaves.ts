import type { Dexie, Table } from 'dexie';
import type { BoardCard } from '../rpc/views';
import {
  PackBuilder,
  packCards,
  packedId,
  replaceCards,
  packedStatus,
  unpackCard,
  type PackedCards,
  type TextPool,
} from '../domains/board/packedCards';

/**
 * The card projection packed for reading: the same cards as the `cards` table, in deal-id
 * order, cut into leaves of up to `leafMax` cards, each leaf ONE stored value (a `PackedCards`
 * plus each card's pipeline). IndexedDB pays per value read — the browser's store walks, copies
 * and deserializes each row and its every field — so 10,000 card rows cost 10,000 values where
 * the leaves cost a dozen (measured in Chromium, 10,000 cards: 460–1,260 ms for the rows,
 * 30–90 ms in leaves of 500–1,500 under the same load). The board's pages read the leaves
 * (domains/board/handlers); `cards` stays the projection's queryable form (its indexes: a
 * contact's cards, the board's counts, "My numbers").
 *
 * Kept in `meta` (bookkeeping: never journaled, backed up or announced) in the SAME transaction
 * as every write to `cards` (cardProjection.ts), so the two never differ — a property test runs
 * random commands with tiny leaves and compares them. A leaf's key is `cards:` and the lowest id
 * it may hold (the first leaf: `cards:` alone, below every id); a card lives in the last leaf
 * whose key is at or below `cards:<its id>`. A leaf over `leafMax` is cut in parts, an emptied
 * one (but the first) deleted. The header row (`cards`) says they are built and how large a leaf
 * may grow; a database without it (opened before this code) gets them built on open (db.ts).
 */
export interface CardLeaf {
  key: string;
  cards: PackedCards;
  /** The distinct pipelines of the leaf's cards, and per card an index into them. */
  pipelines: string[];
  pipelineOf: Uint16Array;
}

interface LeavesHeader {
  key: typeof HEADER;
  leafMax: number;
}

/** A card as a leaf keeps it: what the board shows, and the pipeline it is on. */
export type LeafCard = BoardCard & { pipelineId: string };

export type LeafTable = Table<CardLeaf | LeavesHeader, string>;

const HEADER = 'cards';
const LEAF = 'cards:';
/**
 * Leaves of up to 400 cards (~300 after a cut or a rebuild: ~60 KB). A save rewrites its card's
 * leaf, and a strict put costs with the value's size (Chromium, the loaded 2-core machine,
 * medians / p95 of 25: one card 1.7–2 / 9 ms, 300 cards 5.8 / 9–10 ms, 750 cards 10–14 /
 * 21–27 ms), while a read pays per value (10,000 cards: ~35 leaves of 300).
 */
export const LEAF_MAX = 400;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function encodeLeaf(key: string, cards: readonly LeafCard[]): CardLeaf {
  const pipelines: string[] = [];
  const pipelineOf = Uint16Array.from(cards, (card) => {
    const at = pipelines.indexOf(card.pipelineId);
    return at >= 0 ? at : pipelines.push(card.pipelineId) - 1;
  });
  return { key, cards: packCards(cards), pipelines, pipelineOf };
}

function decodeLeaf(leaf: CardLeaf): LeafCard[] {
  return Array.from({ length: leaf.cards.count }, (_, i) => ({
    ...unpackCard(leaf.cards, i),
    pipelineId: leaf.pipelines[leaf.pipelineOf[i]!]!,
  }));
}

/** `cards` (in id order) as leaves of about three quarters of `leafMax`: room to grow before a cut. */
function cut(cards: readonly LeafCard[], leafMax: number, firstKey: string): CardLeaf[] {
  const size = Math.max(1, Math.floor((leafMax * 3) / 4));
  const leaves: CardLeaf[] = [];
  for (let at = 0; at === 0 || at < cards.length; at += size) {
    const part = cards.slice(at, at + size);
    leaves.push(encodeLeaf(at === 0 ? firstKey : LEAF + part[0]!.id, part));
  }
  return leaves;
}

/** Of leaf keys in order, the one holding `id`: the last at or below `cards:<id>`. */
function leafIndexOf(keys: readonly string[], id: string): number {
  const target = LEAF + id;
  let low = 0;
  let high = keys.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (keys[mid]! <= target) low = mid;
    else high = mid - 1;
  }
  return low;
}

const leafKeys = (meta: LeafTable): Promise<string[]> => meta.where('key').startsWith(LEAF).primaryKeys();

/** Whether the leaves are built (a database opened before them has none until it is opened here). */
export async function hasCardLeaves(meta: LeafTable): Promise<boolean> {
  return (await meta.get(HEADER)) !== undefined;
}

/** Replace every leaf with `cards` (a rebuild of the projection); keeps the leaf size already chosen. */
export async function rebuildCardLeaves(
  meta: LeafTable,
  cards: readonly LeafCard[],
  leafMax?: number,
): Promise<void> {
  const header = await meta.get(HEADER);
  const max = leafMax ?? (header && 'leafMax' in header ? header.leafMax : LEAF_MAX);
  await meta.where('key').startsWith(LEAF).delete();
  await meta.bulkPut([{ key: HEADER, leafMax: max }, ...cut([...cards].sort(byId), max, LEAF)]);
}

/** The leaves a save changes, as read in its transaction. */
export interface OpenLeaves {
  leafMax: number;
  /** The touched leaves' keys, in order (a subset of every key: each id's leaf is still the last at or below it). */
  keys: string[];
  leaves: Map<string, CardLeaf>;
}

/** Up to this many ids, each leaf is found by its own read (no scan of the leaf keys). */
const FEW_IDS = 8;

const leafOf = (meta: LeafTable, id: string) =>
  meta
    .where('key')
    .between(LEAF, LEAF + id, true, true)
    .last() as Promise<CardLeaf | undefined>;

/**
 * The leaves a save of the cards `ids` changes (null before the leaves are built). A few ids find
 * their leaves directly — the last leaf keyed at or below each id, one read apiece, beside the
 * header's — where many read every leaf key, then the leaves they fall in.
 */
export async function openCardLeaves(meta: LeafTable, ids: readonly string[]): Promise<OpenLeaves | null> {
  if (ids.length === 0) return null;
  const few = ids.length <= FEW_IDS;
  const [header, found] = await Promise.all([
    meta.get(HEADER),
    few
      ? Promise.all(ids.map((id) => leafOf(meta, id)))
      : leafKeys(meta).then((keys) => {
          if (keys.length === 0) return []; // not built
          const touched = [...new Set(ids.map((id) => keys[leafIndexOf(keys, id)]!))];
          return meta.bulkGet(touched) as Promise<(CardLeaf | undefined)[]>;
        }),
  ]);
  if (!header || !('leafMax' in header)) return null;
  const leaves = new Map<string, CardLeaf>();
  found.forEach((leaf) => leaf && leaves.set(leaf.key, leaf));
  return { leafMax: header.leafMax, keys: [...leaves.keys()].sort(), leaves };
}

/** The slot of the card `id` in a leaf (held in id order), or -1. */
function slotOf(leaf: CardLeaf, id: string): number {
  let low = 0;
  let high = leaf.cards.count - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = packedId(leaf.cards, mid);
    if (at === id) return mid;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** More texts than this no card of a patched leaf uses, and it is packed again. */
const UNUSED_TEXTS = 16;

function unusedTexts({ texts, refs }: PackedCards): number {
  const used = new Uint8Array(texts.length);
  refs.forEach((at) => at < used.length && (used[at] = 1));
  return used.length - used.reduce((n, u) => n + u, 0);
}

/**
 * `leaf` with the cards it already holds replaced in place (a move saves one): the others' columns
 * copied, none decoded or packed again. Null when a card is new to it, or when the texts no card
 * uses any more pile up: it is then re-packed.
 */
function patchLeaf(leaf: CardLeaf, changed: readonly LeafCard[]): CardLeaf | null {
  const slots = new Map<number, LeafCard>();
  for (const card of changed) {
    const slot = slotOf(leaf, card.id);
    if (slot < 0) return null;
    slots.set(slot, card);
  }
  const cards = replaceCards(leaf.cards, slots);
  if (cards.texts.length > leaf.cards.texts.length && unusedTexts(cards) > UNUSED_TEXTS) return null;
  const pipelines = leaf.pipelines.slice();
  const pipelineOf = leaf.pipelineOf.slice();
  slots.forEach((card, slot) => {
    const at = pipelines.indexOf(card.pipelineId);
    pipelineOf[slot] = at >= 0 ? at : pipelines.push(card.pipelineId) - 1;
  });
  return { key: leaf.key, cards, pipelines, pipelineOf };
}

/** In a write transaction that changed `cards`: the same change in the leaves `openCardLeaves` read. */
export async function writeCardLeaves(
  meta: LeafTable,
  open: OpenLeaves | null,
  changed: readonly LeafCard[],
  gone: readonly string[],
): Promise<void> {
  if (!open || (changed.length === 0 && gone.length === 0)) return;
  const { keys, leaves, leafMax } = open;
  const work = new Map<string, { changed: LeafCard[]; gone: string[] }>();
  const of = (id: string) => {
    const key = keys[leafIndexOf(keys, id)]!;
    let entry = work.get(key);
    if (!entry) work.set(key, (entry = { changed: [], gone: [] }));
    return entry;
  };
  changed.forEach((card) => of(card.id).changed.push(card));
  gone.forEach((id) => of(id).gone.push(id));
  const puts: CardLeaf[] = [];
  const deletes: string[] = [];
  work.forEach(({ changed: put, gone: drop }, key) => {
    const leaf = leaves.get(key)!;
    const patched = drop.length === 0 ? patchLeaf(leaf, put) : null;
    if (patched) return void puts.push(patched);
    const cards = new Map(decodeLeaf(leaf).map((card) => [card.id, card]));
    drop.forEach((id) => cards.delete(id));
    put.forEach((card) => cards.set(card.id, card));
    const sorted = [...cards.values()].sort(byId);
    if (sorted.length === 0 && key !== LEAF) deletes.push(key);
    else if (sorted.length > leafMax) puts.push(...cut(sorted, leafMax, key));
    else puts.push(encodeLeaf(key, sorted));
  });
  await Promise.all([deletes.length ? meta.bulkDelete(deletes) : null, meta.bulkPut(puts)]);
}

/** In a write transaction that changed `cards`: the same change in the leaves (no-op before they are built). */
export async function updateCardLeaves(
  meta: LeafTable,
  changed: readonly LeafCard[],
  gone: readonly string[],
): Promise<void> {
  const ids = [...changed.map((card) => card.id), ...gone];
  await writeCardLeaves(meta, await openCardLeaves(meta, ids), changed, gone);
}

export interface LeafRange {
  /** Read rows after this id (null: from the first). */
  after: string | null;
  /** Up to and including this id (undefined: to the end). */
  until?: string | undefined;
  /** At most this many rows (of any pipeline and status) are read. */
  limit: number;
  /** Which read rows go in the answer. */
  keep: (pipelineId: string, status: BoardCard['status']) => boolean;
  /** The first page of a board: walk on through every leaf, to count and to cut the rest. */
  whole?: boolean;
  /** Number the answer's texts in this pool (the pages of a held board). */
  pool?: TextPool | undefined;
}

export interface LeafPage {
  cards: PackedCards;
  /** Where the range goes on (the `limit`th row's id), or null when it ended before. */
  next: string | null;
  /** With `whole`: how many rows of the whole projection `keep` keeps. */
  kept: number;
  /** With `whole`: the ids of every row after `next`, in order. */
  rest: string[];
}

/**
 * Every leaf as one read found them (a board's first page, `whole`), in key order: the later
 * ranges of the same board can be read from them (`readHeldLeaves`) instead of from the store
 * again. Never changed once read (a write stores new leaves), so they stay what the store held
 * at that read.
 */
export interface HeldLeaves {
  keys: readonly string[];
  leaves: readonly CardLeaf[];
}

/** Leaves `from`…`to` (indexes into the keys) as one call reads them. */
type ReadLeaves = (from: number, to: number) => Promise<readonly CardLeaf[]> | readonly CardLeaf[];

/** Leaves `from`…`to`, read `batch` at a time. */
async function* leavesOf(read: ReadLeaves, from: number, to: number, batch: number) {
  for (let at = from; at <= to; at += batch) yield* await read(at, Math.min(to, at + batch - 1));
}

/** The range's page out of leaves in key order (`keys`), fetched by `read`. */
async function walkLeaves(
  keys: readonly string[],
  read: ReadLeaves,
  { after, until, limit, keep, whole = false, pool }: LeafRange,
): Promise<LeafPage> {
  const from = after === null ? 0 : leafIndexOf(keys, after);
  const to = whole || until === undefined ? keys.length - 1 : leafIndexOf(keys, until);
  // A plain range reads a few leaves at a time: it ends once `limit` rows are read.
  const batch = whole ? keys.length : Math.max(1, Math.ceil(limit / 500));
  const builder = new PackBuilder(pool);
  const page: Omit<LeafPage, 'cards'> = { next: null, kept: 0, rest: [] };
  let rows = 0;
  let open = true; // still filling the page
  walk: for await (const leaf of leavesOf(read, from, to, batch)) {
    const { cards } = leaf;
    // The leaf's consecutive cards that go in the page, copied as one block (PackBuilder.addRun).
    let run = -1;
    const flush = (end: number) => {
      if (run >= 0) builder.addRun(cards, run, end);
      run = -1;
    };
    for (let i = 0; i < cards.count; i++) {
      const id = packedId(cards, i);
      if (after !== null && id <= after) continue;
      if (open && until !== undefined && id > until) {
        flush(i);
        open = false;
        if (!whole) break walk;
      }
      const kept = keep(leaf.pipelines[leaf.pipelineOf[i]!]!, packedStatus(cards, i));
      if (kept) page.kept += 1;
      if (!open) {
        if (page.next !== null) page.rest.push(id);
        continue;
      }
      if (!kept) flush(i);
      else if (run < 0) run = i;
      if (++rows === limit) {
        flush(i + 1);
        page.next = id;
        open = false;
        if (!whole) break walk;
      }
    }
    flush(cards.count);
  }
  return { cards: builder.done(), ...page };
}

/**
 * One range of the projection read from the leaves, as `board.page` read it from `cards`: the
 * kept cards of the first `limit` rows after `after` (up to `until`), packed, and the id to go
 * on from when `limit` rows were read. With `whole`, every leaf is read (a dozen values at
 * 10,000 cards — far less than a scan of 10,000 keys), and the board's count and the ids after
 * the page come with it — and, read from the first leaf, every leaf it read (`held`).
 */
export async function readCardLeaves(
  meta: LeafTable,
  range: LeafRange,
): Promise<LeafPage & { held?: HeldLeaves }> {
  const keys = await leafKeys(meta);
  let held: CardLeaf[] | undefined;
  const read: ReadLeaves = async (from, to) => {
    const got = (await meta.bulkGet(keys.slice(from, to + 1))) as CardLeaf[];
    // A whole read from the start is one run: every leaf.
    if (range.whole && range.after === null) held = got;
    return got;
  };
  const page = await walkLeaves(keys, read, range);
  return held ? { ...page, held: { keys, leaves: held } } : page;
}

/** The same range read from leaves a whole read already holds: what the store held then, no store read. */
export function readHeldLeaves({ keys, leaves }: HeldLeaves, range: LeafRange): Promise<LeafPage> {
  return walkLeaves(keys, (from, to) => leaves.slice(from, to + 1), range);
}

/**
 * On open (db.ts): a database without leaves (written before they existed, or by a restore
 * that wrote none) gets them built from `cards`, in one transaction, before any query runs.
 */
export async function buildMissingCardLeaves(db: Dexie): Promise<void> {
  const meta: LeafTable = db.table('meta');
  if (await hasCardLeaves(meta)) return;
  await db.transaction('rw', ['cards', 'meta'], async () => {
    if (await hasCardLeaves(meta)) return;
    await rebuildCardLeaves(meta, await db.table<LeafCard, string>('cards').toArray());
  });
}
