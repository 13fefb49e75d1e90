import type { CardView, NextStepState } from './cardView';
import { NO_FILTERS, type BoardFilters, type SortKey } from '../../state/boardFilters';

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
  const needle = filters.text.trim().toLowerCase();
  return ({ card, stale, nextStep }) => {
    if (filters.source && card.source !== filters.source) return false;
    if (card.score < filters.scoreMin || card.score > filters.scoreMax) return false;
    if (filters.staleOnly && !stale) return false;
    if (filters.noNextStep && nextStep !== 'none') return false;
    if (!needle) return true;
    return [card.title, card.companyName, card.contactName, card.contactEmail].some((s) =>
      s.toLowerCase().includes(needle),
    );
  };
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

/** The order a column shows its cards in for `key` (a total order: ties by title, then id). */
export function cardOrder(key: SortKey): (a: CardView, b: CardView) => number {
  const compare = COMPARE[key];
  return (a, b) =>
    compare(a, b) || a.card.title.localeCompare(b.card.title) || a.card.id.localeCompare(b.card.id);
}

export function sortCards(views: readonly CardView[], key: SortKey): CardView[] {
  return [...views].sort(cardOrder(key));
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
