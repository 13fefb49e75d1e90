import type { BoardCard } from '../../../../shared/rpc/views';

/** Between the fields of a search key: a search box's value never holds a line break. */
const SEPARATOR = '\n';

/** Card object → its search key. A changed card is a new object, so a key is never stale. */
const keys = new WeakMap<BoardCard, string>();

/**
 * The part of the board's text search kept per card: its title and contact name, lower-cased,
 * built once per card object instead of lower-casing them on every keystroke. The company is
 * lower-cased once per company name (`companyKey`: one string shared by every deal of the
 * company), and the e-mail is searched as it is when it holds no capital (nearly always: then
 * lower-casing it returns the very same string), so 100,000 cards do not carry a second copy of
 * every company name and e-mail address.
 */
export function searchKey(card: BoardCard): string {
  let key = keys.get(card);
  if (key === undefined) {
    key = `${card.title}${SEPARATOR}${card.contactName}`.toLowerCase();
    keys.set(card, key);
  }
  return key;
}

/** Company name → lower-cased (a few thousand companies; dropped whole if it ever grows past the cap). */
const companies = new Map<string, string>();
const COMPANY_CAP = 50_000;

function companyKey(name: string): string {
  let key = companies.get(name);
  if (key === undefined) {
    if (companies.size >= COMPANY_CAP) companies.clear();
    key = name.toLowerCase();
    companies.set(name, key);
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

/**
 * True when the card's title, company, contact name or e-mail contains `needle` (from
 * `searchNeedle`). A column's search index (searchIndex.ts) holds the same four fields: its scan
 * lets through exactly these cards (held to it by a property test), so a field added here is
 * added there.
 */
export function matchesNeedle(card: BoardCard, needle: string): boolean {
  if (needle === '') return true;
  // A needle across two fields would match their join, which no single field holds.
  if (needle.includes(SEPARATOR)) return false;
  return (
    searchKey(card).includes(needle) ||
    companyKey(card.companyName).includes(needle) ||
    card.contactEmail.toLowerCase().includes(needle)
  );
}
