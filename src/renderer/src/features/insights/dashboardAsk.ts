import type { Period } from '../../../../shared/domains/insights/types';
import { askAndKeep } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';

/** What the dashboard asks the store for: the period, and the pipeline chosen on the board (if any). */
export const dashboardInput = (period: Period, pipelineId: string | null) => ({
  period,
  ...(pipelineId ? { pipelineId } : {}),
});

/** The period last chosen: a view drawn again ahead of a visit (app/KeptInsights.tsx) keeps it. */
let chosen: Period = '90d';

export const lastPeriod = (): Period => chosen;

export function choosePeriod(period: Period): Period {
  chosen = period;
  return period;
}

/**
 * Ask for the next visit's dashboard and keep the answer (state/keptAnswers.ts), so that the view
 * mounted next starts from it. Small and without the charts: the app asks it beside the Insights
 * chunk's load when the rep opens Insights before it was drawn ahead.
 */
export const prefetchInsights = () =>
  askAndKeep('insights.dashboard', dashboardInput(chosen, useNavigation.getState().pipelineId));
