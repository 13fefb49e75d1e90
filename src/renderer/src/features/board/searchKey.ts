import type { BoardCard } from '../../../../shared/rpc/views';

/** Between the fields of a search key: a search box's value never holds a line break. */
const SEPARATOR = '\n';

/** Card object → its search key. A changed card is a new object, so a key is never stale. */
const keys = new WeakMap<BoardCard, string>();

/**
 * What the board's text search looks in — title, company, contact name and e-mail, lower-cased —
 * built once per card object instead of lower-casing four fields per card on every keystroke.
 */
export function searchKey(card: BoardCard): string {
  let key = keys.get(card);
  if (key === undefined) {
    key = [card.title, card.companyName, card.contactName, card.contactEmail].join(SEPARATOR).toLowerCase();
    keys.set(card, key);
  }
  return key;
}

/** Lists (never changed once made) whose every card has its search key. */
const keyedLists = new WeakSet<readonly unknown[]>();

/** Every card of `cards` has its search key (a list a search let through): remember it. */
export function keyedAll(cards: readonly { card: BoardCard }[]): void {
  keyedLists.add(cards);
}

/** How many of `cards` have no search key built yet, counted up to `limit`. */
export function missingSearchKeys(cards: readonly { card: BoardCard }[], limit: number): number {
  if (keyedLists.has(cards)) return 0;
  let count = 0;
  for (let i = 0; i < cards.length && count < limit; i++) if (!keys.has(cards[i]!.card)) count += 1;
  if (count === 0) keyedLists.add(cards);
  return count;
}

/** The search box's text as the keys are searched for ('' searches nothing). */
export function searchNeedle(text: string): string {
  return text.trim().toLowerCase();
}

/** True when the card's title, company, contact name or e-mail contains `needle` (from `searchNeedle`). */
export function matchesNeedle(card: BoardCard, needle: string): boolean {
  // A needle across two fields would match their join, which no single field holds.
  return needle === '' || (!needle.includes(SEPARATOR) && searchKey(card).includes(needle));
}
