import type { BoardCard } from '../../../../shared/rpc/views';
import type { SortKey } from '../../state/boardFilters';
import type { CurrencyContext, Pipeline } from '../../../../shared/model';
import type { BoardColumns, SortedColumn } from './boardColumns';
import { withCard, type ColumnStats } from './columnStats';
import type { CardView } from './cardView';
import { compareCards, insertionIndex } from './filterCards';

/** Moves in flight: deal id → the stage it was dropped on (see state/optimisticMoves). */
export type PendingMoves = Readonly<Record<string, string>>;

/** The card shown in the stage it was dropped on: one object per card and stage, so its view is derived once. */
const moves = new WeakMap<BoardCard, BoardCard>();
export function movedCard(card: BoardCard, stageId: string): BoardCard {
  const known = moves.get(card);
  if (known?.stageId === stageId) return known;
  const moved = { ...card, stageId };
  moves.set(card, moved);
  return moved;
}

/** Where the board shows `card`: the stage a move in flight dropped it on, else its own. */
export function shownCard(card: BoardCard, pending: PendingMoves): BoardCard {
  const to = pending[card.id];
  return to === undefined || to === card.stageId ? card : movedCard(card, to);
}

/** A move the columns show: `card` (the store's) out of column `from`, `moved` into column `to`. */
interface ShownMove {
  card: BoardCard;
  moved: BoardCard;
  from: number;
  to: number;
}

/** The sorted columns with the moves in flight shown (see `columnsWithMoves`). */
export interface ColumnsWithMoves {
  columns: readonly SortedColumn[];
  /** The moves the store's cards already show. */
  landed: string[];
  moves: ShownMove[];
}

/** The column holding the card of `dealId`, and where: a scan of references and ids, no allocation. */
function locate(
  columns: readonly SortedColumn[],
  dealId: string,
): { column: number; index: number; view: CardView } | null {
  for (let c = 0; c < columns.length; c++) {
    const { sorted } = columns[c]!;
    for (let i = 0; i < sorted.length; i++)
      if (sorted[i]!.card.id === dealId) return { column: c, index: i, view: sorted[i]! };
  }
  return null;
}

/** `view` inserted into `sorted` (in `key` order) where the column's own order puts it. */
function inserted(sorted: readonly CardView[], view: CardView, key: SortKey): CardView[] {
  const at = insertionIndex(sorted, view, compareCards(key));
  return [...sorted.slice(0, at), view, ...sorted.slice(at)];
}

/**
 * The sorted columns as the board shows them while moves are in flight: each dropped card taken
 * out of its column and inserted, in order, into the one it was dropped on. Only those columns
 * are new arrays; every other column is the very object given, so a drop derives, filters, sums
 * and renders two columns, never the board (10,000 cards). `landed`: the moves the columns
 * already show (the store's card is in the stage it was dropped on). `viewOf`: the view of a
 * moved card (derived once per card object).
 */
export function columnsWithMoves(
  columns: readonly SortedColumn[],
  pending: PendingMoves,
  sorts: Readonly<Record<string, SortKey>>,
  viewOf: (card: BoardCard) => CardView,
): ColumnsWithMoves {
  const landed: string[] = [];
  const shown: ShownMove[] = [];
  const ids = Object.keys(pending);
  if (ids.length === 0) return { columns, landed, moves: shown };
  let out: SortedColumn[] | null = null;
  for (const id of ids) {
    const to = pending[id]!;
    const at = locate(out ?? columns, id);
    if (!at) continue; // no longer on this board: nothing to show moved
    const from = (out ?? columns)[at.column]!;
    if (from.stage.id === to) {
      if (at.view.card.stageId === to) landed.push(id);
      continue;
    }
    const target = (out ?? columns).findIndex((c) => c.stage.id === to);
    if (target < 0) continue;
    out ??= [...columns];
    const into = out[target]!;
    // Cut out where it was found (a copy, not a callback per card: this runs once a drop, never hot).
    out[at.column] = { stage: from.stage, sorted: from.sorted.toSpliced(at.index, 1) };
    const key = sorts[to] ?? 'urgency';
    const moved = movedCard(at.view.card, to);
    out[target] = { stage: into.stage, sorted: inserted(into.sorted, viewOf(moved), key) };
    shown.push({ card: at.view.card, moved, from: at.column, to: target });
  }
  return { columns: out ?? columns, landed, moves: shown };
}

/**
 * The figures of the columns a drop changed, worked out from their figures before it (one card
 * out, one in) instead of summing 5,000 cards again; a column whose figures before were not
 * summed (a filtered board sums what it shows) is left to be summed as usual.
 */
export function carryStats(
  model: BoardColumns,
  before: readonly SortedColumn[],
  after: ColumnsWithMoves,
  pipeline: Pipeline,
  currencies: CurrencyContext,
): void {
  const figures = new Map<number, ColumnStats | null>();
  const apply = (column: number, card: BoardCard, sign: 1 | -1) => {
    const base = figures.has(column)
      ? figures.get(column)!
      : model.knownStats(before[column]!.sorted, pipeline, currencies);
    figures.set(column, base && withCard(base, card, pipeline, currencies, sign));
  };
  for (const move of after.moves) {
    apply(move.from, move.card, -1);
    apply(move.to, move.moved, 1);
  }
  figures.forEach((stats, column) => {
    if (stats) model.knowStats(after.columns[column]!.sorted, stats, pipeline, currencies);
  });
}
