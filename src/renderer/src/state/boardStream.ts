import type { BoardCard } from '../../../shared/rpc/views';
import { packedId, unpackCard, type PackedCards } from '../../../shared/domains/board/packedCards';
import { CardStrings } from './cardStrings';

/**
 * A board's cards as they arrive: page by page from `board.page` while committed changes keep
 * naming deals (see useBoardData). Each card is held once, by id, so nothing is shown twice
 * however pages and refreshes interleave. Every read is stamped with how many change notices
 * had arrived when it was sent (`stamp()`): a card a later notice named is taken only from a
 * read sent after that notice (the refresh the notice asked for), never from an older page, so
 * a change landing mid-stream is never overwritten by a stale copy. A card's repeated texts
 * (stage id, status…) are kept once for the whole board (`CardStrings`).
 */
export class BoardStream {
  private readonly cards = new Map<string, BoardCard>();
  private notices = 0;
  private readonly namedAt = new Map<string, number>();
  private readonly strings = new CardStrings();
  /** The texts of the board's pages by their number in its pool (`PackedCards.textIds`). */
  private readonly numbered: string[] = [];

  /** Stamp a read as it is sent. */
  stamp(): number {
    return this.notices;
  }

  /** A committed change named these deals: reads sent before now are stale for them. */
  changed(ids: Iterable<string>): void {
    this.notices += 1;
    for (const id of ids) this.namedAt.set(id, this.notices);
  }

  private fresh(id: string, stamp: number): boolean {
    return this.namedAt.size === 0 || (this.namedAt.get(id) ?? 0) <= stamp;
  }

  /** The page's texts as the board's one copy of each: by number when they have one, else looked up. */
  private textsOf(page: PackedCards): readonly string[] {
    const { texts, textIds } = page;
    if (!textIds) return texts.map((t) => this.strings.share(t));
    const numbered = this.numbered;
    return texts.map((text, i) => (numbered[textIds[i]!] ??= text));
  }

  /**
   * A page read with `stamp`: its cards, except the ones a later change named (skipped before
   * they are built). Each card is built once, pointing at the board's one copy of each repeated
   * text (the page's texts are found once per page, not once per card: by their number in the
   * board's pool when the store numbered them — every page of one board numbers them alike —
   * else looked up by text). Returns the cards it took (the very objects the board will list).
   */
  addPage(page: PackedCards, stamp: number): BoardCard[] {
    const texts = this.textsOf(page);
    const added: BoardCard[] = [];
    for (let i = 0; i < page.count; i++) {
      const id = packedId(page, i);
      if (!this.fresh(id, stamp)) continue;
      const card = unpackCard(page, i, texts);
      this.cards.set(id, card);
      added.push(card);
    }
    return added;
  }

  /**
   * The current cards of `ids`, read with `stamp`: each replaces its card in place (or is added);
   * an id with no card has left the board. Ids a later change named are left to its refresh.
   */
  applyCards(ids: readonly string[], cards: readonly BoardCard[], stamp: number): void {
    const byId = new Map(cards.map((c) => [c.id, c]));
    for (const id of ids) {
      if (!this.fresh(id, stamp)) continue;
      const card = byId.get(id);
      if (card) this.cards.set(id, this.strings.compact(card));
      else this.cards.delete(id);
    }
  }

  get size(): number {
    return this.cards.size;
  }

  /** Every card held, in arrival order (a refreshed card keeps its place). */
  list(): BoardCard[] {
    return [...this.cards.values()];
  }
}
