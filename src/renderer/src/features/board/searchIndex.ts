import type { BoardCard } from '../../../../shared/rpc/views';

/**
 * A column's search text: every card's searched fields, lower-cased, in flat strings of
 * `PIECE` cards each, with where each card's part starts. A search then runs the engine's own
 * substring scan over the strings (`indexOf`) instead of visiting 100,000 card objects spread
 * over the heap: profiled at 100,000 deals, the pass that tested each card was 150–350 ms of
 * main-thread time per broad keystroke, nearly all of it reaching the cards (memory, not
 * arithmetic); the scan of the same text is a few milliseconds. Only the cards that match are
 * visited (to test the other filters and add up the column's figures).
 *
 * Each card's part holds its title, contact name, company and e-mail, each followed by a line
 * break; the search box's text never holds one (`searchNeedle` is trimmed and a needle with a
 * line break matches nothing), so a match never runs from one field or card into the next: the
 * scan finds exactly the cards `matchesNeedle` lets through.
 */
export interface SearchIndex {
  /** Piece k: the parts of cards k × `PIECE` up to the next piece's first card. */
  readonly pieces: readonly string[];
  /** `starts[i]`: where card i's part begins in its piece; a piece's end is its text's length. */
  readonly starts: Uint32Array;
  readonly size: number;
}

/** Cards per piece of text: a few tens of KB each, never one large string to allocate and copy. */
export const PIECE = 256;

/** One card's part of the text, as written (lower-cased with its piece): its fields, each ended by a line break. */
const rawRecord = (card: BoardCard) =>
  `${card.title}\n${card.contactName}\n${card.companyName}\n${card.contactEmail}\n`;

/** One card's part of the text: its searched fields, lower-cased, each ended by a line break. */
export function searchRecord(card: BoardCard): string {
  return rawRecord(card).toLowerCase();
}

/** A list (never changed once made: a column's cards in order) → its index, once built. */
const indexes = new WeakMap<readonly unknown[], SearchIndex>();

/** The index of this list of cards, if one has been built (`SearchIndexBuilder`). */
export function searchIndexOf(list: readonly unknown[]): SearchIndex | undefined {
  const index = indexes.get(list);
  return index && index.size === list.length ? index : undefined;
}

/**
 * The piece of text of `cards` and where each card's part starts in it (written to `starts`
 * from `at`). Lower-cased as one string (no string per card); where lower-casing changes a
 * length, card by card instead. (Unicode's default lower-casing only ever lengthens text, and
 * only for the dotted capital I, which becomes two characters: a piece of unchanged length has
 * every card's part unchanged in length. The fields end with line breaks, so the sigma at a
 * word's end lower-cases the same in the piece as alone.)
 */
function pieceOf(cards: readonly { card: BoardCard }[], starts: Uint32Array, at: number): string {
  const raw = cards.map((c) => rawRecord(c.card));
  const text = raw.join('');
  const lower = text.toLowerCase();
  const parts = lower.length === text.length ? raw : raw.map((r) => r.toLowerCase());
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    starts[at + i] = offset;
    offset += parts[i]!.length;
  }
  return lower;
}

/**
 * Builds the index of a list a piece at a time (`step`), so a 50,000-card column is indexed in
 * idle moments, never in one long task; once the last piece is in, the list has its index.
 */
export class SearchIndexBuilder {
  private readonly starts: Uint32Array;
  private readonly pieces: string[] = [];

  constructor(readonly list: readonly { card: BoardCard }[]) {
    this.starts = new Uint32Array(list.length);
  }

  /** True once every card is in and the index is registered. */
  get done(): boolean {
    return searchIndexOf(this.list) !== undefined;
  }

  /** Add up to `pieces` more pieces of `PIECE` cards; registers the index with the last. True once done. */
  step(pieces = 1): boolean {
    if (this.done) return true;
    const { list, starts } = this;
    for (let n = 0; n < pieces && this.pieces.length * PIECE < list.length; n++) {
      const first = this.pieces.length * PIECE;
      this.pieces.push(pieceOf(list.slice(first, first + PIECE), starts, first));
    }
    if (this.pieces.length * PIECE < list.length) return false;
    indexes.set(list, { pieces: this.pieces, starts, size: list.length });
    return true;
  }
}

/**
 * Call `visit(i)` for each card of `index` from `from` up to (not including) `to` whose part
 * holds `needle` (lower-cased, non-empty, without a line break), in order, each card once.
 */
export function scanIndex(
  index: SearchIndex,
  needle: string,
  from: number,
  to: number,
  visit: (i: number) => void,
): void {
  const { pieces, starts } = index;
  for (let k = Math.floor(from / PIECE); k * PIECE < to; k++) {
    const text = pieces[k]!;
    const last = Math.min(to, (k + 1) * PIECE); // this piece's cards end before `last`
    let i = Math.max(from, k * PIECE);
    if (i >= last) break;
    const end = last === (k + 1) * PIECE || last === index.size ? text.length : starts[last]!;
    let at = starts[i]!;
    for (;;) {
      const found = text.indexOf(needle, at);
      if (found < 0 || found >= end) break;
      while (i + 1 < last && starts[i + 1]! <= found) i += 1;
      visit(i);
      i += 1;
      if (i >= last) break;
      at = starts[i]!;
    }
  }
}
