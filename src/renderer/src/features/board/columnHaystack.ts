import type { CardView } from './cardView';

/**
 * Boards of up to this many cards are searched through their columns' haystacks; larger ones
 * test each card's search key (a haystack holds every card's four fields lower-cased: at
 * 100,000 deals ~10 MB, which "Card memory at 100,000 deals" in docs/ARCHITECTURE.md cut).
 */
export const HAYSTACK_BOARD = 20_000;

/** How many cards the columns hold. */
export function boardSize(columns: readonly { sorted: readonly unknown[] }[]): number {
  let n = 0;
  for (const c of columns) n += c.sorted.length;
  return n;
}

/**
 * One column's searchable text: every card's title, contact name, company and e-mail, each
 * lower-cased as `matchesNeedle` lower-cases it, all in one string, every field followed by a
 * line break (which a search never holds, so a hit lies inside one field of one card); card `i`'s
 * text runs from `starts[i]` to `starts[i + 1]`.
 */
interface Haystack {
  text: string;
  starts: Int32Array;
}

/** Field separator, as in `searchKey.ts`: a search box's value never holds a line break. */
const SEPARATOR = '\n';

/** Sorted column (never changed once made) → its haystack. */
const haystacks = new WeakMap<readonly CardView[], Haystack>();

/** Cards read between two pauses of a build at idle. */
const BUILD_CHUNK = 1_000;

/**
 * Build `column`'s haystack, pausing (a `yield`) after every `BUILD_CHUNK` cards read, so a build
 * at idle never holds the page long; run through at once for a search.
 */
function* build(column: readonly CardView[]): Generator<void, Haystack> {
  const parts: string[] = [];
  const starts = new Int32Array(column.length + 1);
  let at = 0;
  for (let i = 0; i < column.length; i++) {
    if (i > 0 && i % BUILD_CHUNK === 0) yield;
    const { card } = column[i]!;
    starts[i] = at;
    parts.push(card.title, card.contactName, card.companyName, card.contactEmail);
    at +=
      card.title.length + card.contactName.length + card.companyName.length + card.contactEmail.length + 4;
  }
  starts[column.length] = at;
  parts.push('');
  const joined = parts.join(SEPARATOR);
  const text = joined.toLowerCase();
  // Lower-casing kept every length (nearly always: only a few letters, like "İ", grow): the
  // offsets hold. Else each field is lower-cased alone and the offsets counted again.
  if (text.length === joined.length) return { text, starts };
  const lowered = parts.map((part) => part.toLowerCase());
  at = 0;
  for (let i = 0; i < column.length; i++) {
    starts[i] = at;
    for (let f = 4 * i; f < 4 * i + 4; f++) at += lowered[f]!.length + 1;
  }
  starts[column.length] = at;
  return { text: lowered.join(SEPARATOR), starts };
}

/** Column → the column it was made from (a card or a few in or out): its haystack is derived. */
const bases = new WeakMap<readonly CardView[], readonly CardView[]>();

/**
 * `column` was made from `base` by taking a few cards out and putting a few in, the others kept
 * in their order (a drop, a card saved): its haystack can be cut from `base`'s, not built.
 */
export function madeFrom(column: readonly CardView[], base: readonly CardView[]): void {
  // Only a base with its haystack is kept (so no chain of older columns is held).
  if (column !== base && hasHaystack(base)) bases.set(column, base);
}

/** Cards new to a column beyond which its haystack is built, not derived. */
const MAX_FRESH = 64;

/** One card's text in a haystack: its four fields lower-cased, each followed by a line break. */
function segmentOf({ card }: CardView): string {
  return `${card.title}${SEPARATOR}${card.contactName}${SEPARATOR}${card.companyName}${SEPARATOR}${card.contactEmail}${SEPARATOR}`.toLowerCase();
}

/**
 * `column`'s haystack from `base`'s (`from`): the kept cards' text copied a run at a time, a new
 * card's made; null when more than `MAX_FRESH` cards are new (then it is built).
 */
function derive(column: readonly CardView[], base: readonly CardView[], from: Haystack): Haystack | null {
  const pieces: string[] = [];
  const starts = new Int32Array(column.length + 1);
  let at = 0;
  let i = 0;
  let fresh = 0;
  // Where in `base` the run of kept cards being copied began (-1: none).
  let run = -1;
  const flush = () => {
    if (run >= 0) pieces.push(from.text.slice(from.starts[run], from.starts[i]));
    run = -1;
  };
  for (let j = 0; j < column.length; j++) {
    const view = column[j]!;
    if (view !== base[i] && view === base[i + 1]) {
      // base[i] left the column.
      flush();
      i += 1;
    }
    starts[j] = at;
    if (i < base.length && view === base[i]) {
      if (run < 0) run = i;
      at += from.starts[i + 1]! - from.starts[i]!;
      i += 1;
      continue;
    }
    flush();
    if (++fresh > MAX_FRESH) return null;
    const segment = segmentOf(view);
    pieces.push(segment);
    at += segment.length;
  }
  flush();
  starts[column.length] = at;
  return { text: pieces.join(''), starts };
}

/** `column`'s haystack derived from its base's, if it has a base with a haystack (null if not). */
function derived(column: readonly CardView[]): Haystack | null {
  const base = bases.get(column);
  const from = base && haystacks.get(base);
  if (!base || from?.starts.length !== base.length + 1) return null;
  return derive(column, base, from);
}

/** Builds started at idle and not finished yet. */
const building = new WeakMap<readonly CardView[], Generator<void, Haystack>>();

/** Go on with `column`'s build while `more()` allows (at least one chunk); true once it is built. */
function buildOn(column: readonly CardView[], more: () => boolean): boolean {
  if (hasHaystack(column)) return true;
  let steps = building.get(column);
  if (!steps) {
    const haystack = derived(column);
    bases.delete(column);
    if (haystack) {
      haystacks.set(column, haystack);
      return true;
    }
  }
  if (!steps) building.set(column, (steps = build(column)));
  for (;;) {
    const step = steps.next();
    if (step.done) {
      haystacks.set(column, step.value);
      building.delete(column);
      return true;
    }
    if (!more()) return false;
  }
}

/** The column's haystack, built once per column array (a build begun at idle finished). */
function haystackOf(column: readonly CardView[]): Haystack {
  buildOn(column, () => true);
  return haystacks.get(column)!;
}

/** True when `column`'s haystack is built. */
export function hasHaystack(column: readonly CardView[]): boolean {
  return haystacks.get(column)?.starts.length === column.length + 1;
}

/**
 * Build `column`'s haystack ahead of a search (at idle) while `more()` says there is time left,
 * `BUILD_CHUNK` cards at least; true once it is built (else the next call goes on from there).
 */
export function warmHaystack(column: readonly CardView[], more: () => boolean): boolean {
  return buildOn(column, more);
}

/** The last card whose text starts at or before `at`, searched from card `from` on. */
function cardAt(starts: Int32Array, at: number, from: number): number {
  let lo = from;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where in `column` (indices, in its order) the cards are whose title, contact name, company or
 * e-mail contains `needle` (from `searchNeedle`, not empty): one `indexOf` over the column's text
 * per card found, no per-card look-up of keys — `matchesNeedle`'s answer, card by card.
 */
export function searchColumn(column: readonly CardView[], needle: string): number[] {
  const found: number[] = [];
  if (needle.includes(SEPARATOR)) return found;
  const { text, starts } = haystackOf(column);
  // The first card not passed yet: a hit's card is searched for from there, and the next hit
  // after that card's text.
  let from = 0;
  let at = text.indexOf(needle);
  while (at !== -1) {
    const card = cardAt(starts, at, from);
    found.push(card);
    from = card + 1;
    if (from >= column.length) break;
    at = text.indexOf(needle, starts[from]);
  }
  return found;
}

/**
 * `searchColumn` for the cards at `cards` (indices in `column`, in order) only: each card's own
 * text searched, for a search that narrows a few cards a last search let through.
 */
export function searchCards(column: readonly CardView[], needle: string, cards: readonly number[]): number[] {
  if (needle.includes(SEPARATOR)) return [];
  const { text, starts } = haystackOf(column);
  return cards.filter((i) => text.slice(starts[i], starts[i + 1]).includes(needle));
}
