import type { BoardCard } from '../../../shared/rpc/views';

/**
 * One copy of each repeated text of the board's cards. A card arrives from the store as its
 * own structured-clone copy, so 100,000 cards carry 100,000 copies of "open", of their stage's
 * id, of "event"…; pointing every card at the first copy seen keeps one (a few MB at 100,000
 * deals). Lives as long as one board load (BoardStream), so it never outgrows the board.
 */
export class CardStrings {
  private readonly pool = new Map<string, string>();

  /** The copy of `text` this pool holds (the first one it was given). */
  share<T extends string>(text: T): T {
    const known = this.pool.get(text);
    if (known !== undefined) return known as T;
    this.pool.set(text, text);
    return text;
  }

  /** How many distinct texts are held. */
  get size(): number {
    return this.pool.size;
  }

  /**
   * Point `card`'s repeated fields (stage, status, currency, source, company) at the pool's
   * copies, in place: the same values, so nothing downstream sees a change.
   */
  compact(card: BoardCard): BoardCard {
    card.stageId = this.share(card.stageId);
    card.status = this.share(card.status);
    card.source = this.share(card.source);
    card.companyName = this.share(card.companyName);
    if (card.currency !== undefined) card.currency = this.share(card.currency);
    return card;
  }
}
