import type { BoardCard } from '../../../../shared/rpc/views';
import { companyKey, matchesNeedle, searchKey, SEPARATOR } from './searchKey';

/** Cards a search tests by `matchesNeedle` before it searches the index (a few cards cost less than the board's text). */
const DIRECT_TESTS = 2_048;

/**
 * The board's text search over the text of the whole board, not per column: every card's
 * title and contact name (its `searchKey`), company and e-mail, each lower-cased as
 * `matchesNeedle` lower-cases it and ended by a line break (which a needle never holds, so a
 * needle never spans two fields or two cards), in the order of the cards it was built from.
 * A card's searchable text does not change when it moves, so the index is kept by card object,
 * not by column: a drop makes no new index; a card it does not hold (moved or edited since: a
 * new object) is tested by `matchesNeedle` instead. A search is `indexOf` over the text, once
 * per needle, and each column's pass then reads one flag per card.
 */
export class BoardSearchIndex {
  /** The last needle searched and the flags of the cards it matched (by position). */
  private last: { needle: string; hits: Uint8Array } | null = null;

  constructor(
    private readonly positions: ReadonlyMap<BoardCard, number>,
    /** The cards' texts, `perText` cards a string, by position. */
    private readonly texts: readonly string[],
    /** Where each card's text starts in its string. */
    private readonly starts: Int32Array,
    /** Cards per string of `texts`. */
    private readonly perText: number,
    /** Cards a search tests by `matchesNeedle` before it searches the index. */
    private readonly directTests: number,
  ) {}

  /** How many of `cards` the index does not hold (counted up to `limit`). */
  missing(cards: readonly BoardCard[], limit: number): number {
    let count = 0;
    for (let i = 0; i < cards.length && count < limit; i++) if (!this.positions.has(cards[i]!)) count += 1;
    return count;
  }

  /** A test for a card against `needle` (from `searchNeedle`): the same answer as `matchesNeedle`. */
  matcher(needle: string): (card: BoardCard) => boolean {
    if (needle === '') return () => true;
    if (needle.includes(SEPARATOR)) return () => false;
    let hits: Uint8Array | null = null;
    // A search over few cards (a narrower search, the last result's few cards) tests them alone
    // rather than search the whole board's text.
    let direct = this.directTests;
    return (card) => {
      if (direct > 0) {
        direct -= 1;
        return matchesNeedle(card, needle);
      }
      const at = this.positions.get(card);
      if (at === undefined) return matchesNeedle(card, needle);
      hits ??= this.hits(needle);
      return hits[at] === 1;
    };
  }

  /** The flags of the cards whose text holds `needle`. */
  private hits(needle: string): Uint8Array {
    if (this.last?.needle === needle) return this.last.hits;
    const { texts, starts, perText } = this;
    const hits = new Uint8Array(starts.length);
    for (let t = 0; t < texts.length; t++) {
      const text = texts[t]!;
      const end = Math.min(starts.length, (t + 1) * perText);
      let card = t * perText;
      let at = text.indexOf(needle);
      while (at !== -1) {
        while (card + 1 < end && starts[card + 1]! <= at) card += 1;
        hits[card] = 1;
        if (card + 1 >= end) break;
        at = text.indexOf(needle, starts[card + 1]!);
      }
    }
    this.last = { needle, hits };
    return hits;
  }
}

/**
 * Cards per string of the index: each string is joined in the step that adds its last card, so
 * no step joins the whole board's text (a large string is slow to make), and a search is an
 * `indexOf` per string.
 */
const PER_TEXT = 256;

/** The index of `cards` under construction, a part at a time: `step(n)` adds up to `n` more cards. */
export class SearchIndexBuilder {
  private readonly positions = new Map<BoardCard, number>();
  private readonly texts: string[] = [];
  /** The texts of the cards since the last string joined. */
  private parts: string[] = [];
  private readonly starts: number[] = [];
  private length = 0;
  private at = 0;

  constructor(
    readonly cards: readonly BoardCard[],
    private readonly perText = PER_TEXT,
    private readonly directTests = DIRECT_TESTS,
  ) {}

  /** Add up to `budget` more cards; true once every card is in. */
  step(budget: number): boolean {
    const end = Math.min(this.cards.length, this.at + budget);
    for (; this.at < end; this.at++) {
      const card = this.cards[this.at]!;
      if (this.positions.has(card)) continue;
      const part = `${searchKey(card)}${SEPARATOR}${companyKey(card.companyName)}${SEPARATOR}${card.contactEmail.toLowerCase()}${SEPARATOR}`;
      this.positions.set(card, this.starts.length);
      this.starts.push(this.length);
      this.parts.push(part);
      this.length += part.length;
      if (this.parts.length === this.perText) this.join();
    }
    return this.at >= this.cards.length;
  }

  private join() {
    this.texts.push(this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }

  /** The index (every card in: call once `step` returned true). */
  result(): BoardSearchIndex {
    if (this.parts.length > 0) this.join();
    return new BoardSearchIndex(
      this.positions,
      this.texts,
      new Int32Array(this.starts),
      this.perText,
      this.directTests,
    );
  }
}
