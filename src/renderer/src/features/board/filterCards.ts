import type { CardView, NextStepState } from './cardView';
import { NO_FILTERS, type BoardFilters, type SortKey } from '../../state/boardFilters';
import { matchesNeedle, searchNeedle } from './searchKey';

export { NO_FILTERS, type BoardFilters, type SortKey };

export const SORT_LABELS: Record<SortKey, string> = {
  urgency: 'Next step',
  value: 'Value',
  score: 'Score',
  age: 'Time in stage',
};

export function isFiltering(f: BoardFilters): boolean {
  return (
    f.text.trim() !== '' ||
    f.source !== '' ||
    f.scoreMin > 0 ||
    f.scoreMax < 100 ||
    f.staleOnly ||
    f.noNextStep
  );
}

/** A predicate for the filters; text matches title, company, contact name or e-mail. */
export function matchesFilters(filters: BoardFilters): (view: CardView) => boolean {
  const needle = searchNeedle(filters.text);
  const others = matchesOtherFilters(filters);
  return (view) => (others === null || others(view)) && matchesNeedle(view.card, needle);
}

/**
 * How a pass tests cards (slicedFilter.ts): each card with `matches`; or, over a list that has a
 * search index (searchIndex.ts), the index scanned for `needle`, then `others` (every filter but
 * the text; none when null) on each card whose text matched. Both give the same cards.
 */
export interface CardTest {
  matches: (view: CardView) => boolean;
  needle?: string;
  others?: ((view: CardView) => boolean) | null;
}

export function cardTest(filters: BoardFilters): CardTest {
  return {
    matches: matchesFilters(filters),
    needle: searchNeedle(filters.text),
    others: matchesOtherFilters(filters),
  };
}

/** A predicate for every filter but the text search; null when none of them is set. */
export function matchesOtherFilters(filters: BoardFilters): ((view: CardView) => boolean) | null {
  const { source, scoreMin, scoreMax, staleOnly, noNextStep } = filters;
  if (source === '' && scoreMin <= 0 && scoreMax >= 100 && !staleOnly && !noNextStep) return null;
  return ({ card, stale, nextStep }) => {
    if (source && card.source !== source) return false;
    if (card.score < scoreMin || card.score > scoreMax) return false;
    if (staleOnly && !stale) return false;
    return !(noNextStep && nextStep !== 'none');
  };
}

/**
 * True when every card `next` lets through, `previous` let through too (typing one more letter,
 * ticking "Stale only", raising the minimum score…): `next` can then filter `previous`'s result
 * instead of the whole column.
 */
export function narrows(previous: BoardFilters, next: BoardFilters): boolean {
  return (
    searchNeedle(next.text).includes(searchNeedle(previous.text)) &&
    (previous.source === '' || previous.source === next.source) &&
    next.scoreMin >= previous.scoreMin &&
    next.scoreMax <= previous.scoreMax &&
    (!previous.staleOnly || next.staleOnly) &&
    (!previous.noNextStep || next.noNextStep)
  );
}

/**
 * True when `a` and `b` let the same cards through (a space typed after a word, the same search
 * in other capitals): a column's last result for one still holds for the other.
 */
export function sameFilters(a: BoardFilters, b: BoardFilters): boolean {
  return a === b || (narrows(a, b) && narrows(b, a));
}

/** The same cards in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Overdue, due today, then no next step at all (every open deal needs one), then scheduled. */
const URGENCY: Record<NextStepState, number> = { overdue: 0, today: 1, none: 2, scheduled: 3 };

/** Comparators: most urgent / valuable / promising / oldest first; ties by title then id. Without a
 * next step, the newest lead comes first. */
const COMPARE: Record<SortKey, (a: CardView, b: CardView) => number> = {
  urgency: (a, b) =>
    URGENCY[a.nextStep] - URGENCY[b.nextStep] ||
    (a.card.nextFollowUpAt ?? 0) - (b.card.nextFollowUpAt ?? 0) ||
    Number(b.stale) - Number(a.stale) ||
    b.card.stageEnteredAt - a.card.stageEnteredAt,
  value: (a, b) => b.card.value - a.card.value,
  score: (a, b) => b.card.score - a.card.score,
  age: (a, b) => a.card.stageEnteredAt - b.card.stageEnteredAt,
};

/** `localeCompare`'s order (the same default locale and options), without its per-call set-up. */
const collator = new Intl.Collator();

/** A column's order for `key`: the key's own comparison, then title, then id (a total order). */
export function compareCards(key: SortKey): (a: CardView, b: CardView) => number {
  const compare = COMPARE[key];
  return (a, b) =>
    compare(a, b) || collator.compare(a.card.title, b.card.title) || collator.compare(a.card.id, b.card.id);
}

/** `COMPARE` as numbers, smaller first, compared in turn: what a whole-column sort compares. */
const NUMERIC_KEYS: Record<SortKey, (v: CardView) => readonly number[]> = {
  urgency: (v) => [URGENCY[v.nextStep], v.card.nextFollowUpAt ?? 0, -Number(v.stale), -v.card.stageEnteredAt],
  value: (v) => [-v.card.value],
  score: (v) => [-v.card.score],
  age: (v) => [v.card.stageEnteredAt],
};

/** A card with its sort keys, read once. */
export interface KeyedCard {
  view: CardView;
  keys: readonly number[];
}

export function keyedCards(views: readonly CardView[], key: SortKey): KeyedCard[] {
  const keyOf = NUMERIC_KEYS[key];
  return views.map((view) => ({ view, keys: keyOf(view) }));
}

/** `compareCards` on keyed cards: numbers first, then title, then id. */
export function compareKeyed(a: KeyedCard, b: KeyedCard): number {
  const x = a.keys;
  const y = b.keys;
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - y[i]!;
    if (d !== 0) return d;
  }
  return (
    collator.compare(a.view.card.title, b.view.card.title) || collator.compare(a.view.card.id, b.view.card.id)
  );
}

/**
 * The column in `key` order (`compareCards`), sorted on keys read once per card rather than
 * per comparison.
 */
export function sortCards(views: readonly CardView[], key: SortKey): CardView[] {
  return keyedCards(views, key)
    .sort(compareKeyed)
    .map((r) => r.view);
}

/** How many of `members` are not in `previous` (counted up to `limit`). */
export function countAdded(
  previous: readonly CardView[],
  members: readonly CardView[],
  limit: number,
): number {
  const before = new Set(previous);
  let added = 0;
  for (let i = 0; i < members.length && added < limit; i++) if (!before.has(members[i]!)) added += 1;
  return added;
}

/** Above this many new cards in a column, sorting it again beats inserting them one by one. */
export const MAX_INSERTS = 64;

/**
 * `members` in `key` order, given `previous`: the same column a moment ago, already in that
 * order. A move or an edit changes a card or two, so the column keeps its order, drops the cards
 * that left and inserts the new ones where they belong — linear, not a sort of the column.
 */
export function resortCards(
  previous: readonly CardView[],
  members: readonly CardView[],
  key: SortKey,
): CardView[] {
  const before = new Set(previous);
  const added = members.filter((v) => !before.has(v));
  if (added.length > MAX_INSERTS) return sortCards(members, key);
  const now = new Set(members);
  const out = previous.filter((v) => now.has(v));
  const compare = compareCards(key);
  for (const view of added) out.splice(insertionIndex(out, view, compare), 0, view);
  return out;
}

/** Where `item` goes in `list` (ordered by `compare`): after every item not greater than it. */
export function insertionIndex<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Group card views by stage (every stage present, even when empty). */
export function groupByStage(
  views: readonly CardView[],
  stageIds: readonly string[],
): Map<string, CardView[]> {
  const groups = new Map<string, CardView[]>(stageIds.map((id) => [id, []]));
  for (const view of views) groups.get(view.card.stageId)?.push(view);
  return groups;
}
