import type { ReactNode } from 'react';
import { chartTable, type DataTable } from '../../../../shared/domains/insights/tables';
import type { Dashboard } from '../../../../shared/domains/insights/types';
import { CHARTS, type ChartSpec } from './chartList';

/** One chart card's content for an answer: its chart element, table and empty note. */
export interface Card {
  chart: ChartSpec;
  /** The parts of the answer it is made of (`ChartSpec.uses`). */
  uses: readonly unknown[];
  table: DataTable;
  empty: string | null;
  drawing: ReactNode;
}

const sameParts = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * Each chart's card for this answer. A chart whose parts are the very objects of its card in
 * `before` (a new answer shares what did not change, state/sharedAnswer.ts) keeps that card, so
 * its memoized ChartCard is not drawn again: a deal moved changes the stage figures, not the
 * activity per week or the lead sources.
 */
export function cardsFor(data: Dashboard, before: readonly Card[]): Card[] {
  return CHARTS.map((chart) => {
    const uses = chart.uses(data);
    const kept = before.find((card) => card.chart === chart);
    if (kept && sameParts(kept.uses, uses)) return kept;
    return {
      chart,
      uses,
      table: chartTable(data, chart.id),
      empty: chart.empty(data),
      drawing: chart.render(data),
    };
  });
}
