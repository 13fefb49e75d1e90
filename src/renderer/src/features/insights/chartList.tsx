import type { ReactNode } from 'react';
import type { ChartId } from '../../../../shared/domains/insights/tables';
import type { Dashboard } from '../../../../shared/domains/insights/types';
import { ActivityChart } from './charts/ActivityChart';
import { ForecastChart } from './charts/ForecastChart';
import { FunnelChart } from './charts/FunnelChart';
import { ReasonsChart, WinRateChart } from './charts/OutcomeCharts';
import { SourcesChart } from './charts/SourcesChart';
import { ConversionChart, TimeInStageChart } from './charts/StageRateCharts';

export interface ChartSpec {
  id: ChartId;
  title: string;
  /** Which data and timestamp the chart uses. */
  note: string;
  /**
   * The parts of the dashboard the chart, its table and its empty note are made of (and nothing
   * else): a new answer whose parts are the same objects (state/sharedAnswer.ts) redraws nothing.
   */
  uses(d: Dashboard): readonly unknown[];
  render(d: Dashboard): ReactNode;
  /** A message when there is nothing to draw, else null. */
  empty(d: Dashboard): string | null;
}

const none = () => null;

/** The dashboard's charts, in reading order. */
export const CHARTS: ChartSpec[] = [
  {
    id: 'funnel',
    uses: (d) => [d.funnel],
    title: 'Funnel',
    note: 'Open and won deals by current stage, as on the board. Now, whatever the period.',
    render: (d) => <FunnelChart rows={d.funnel} />,
    empty: none,
  },
  {
    id: 'conversion',
    uses: (d) => [d.conversion],
    title: 'Stage-to-stage conversion',
    note: 'Of the deals that entered each stage in the period, the share that later moved further on.',
    render: (d) => <ConversionChart rows={d.conversion} />,
    empty: (d) =>
      d.conversion.every((r) => r.entered === 0) ? 'No deal entered a stage in this period.' : null,
  },
  {
    id: 'timeInStage',
    uses: (d) => [d.timeInStage],
    title: 'Average time in stage',
    note: 'Completed stays that began in the period; stays still going on are left out.',
    render: (d) => <TimeInStageChart rows={d.timeInStage} />,
    empty: (d) =>
      d.timeInStage.every((r) => r.visits === 0) ? 'No completed stage visits in this period.' : null,
  },
  {
    id: 'forecast',
    uses: (d) => [d.forecast, d.pipeline.stages],
    title: 'Forecast by close month: committed and weighted',
    note: 'Won deals at full value (committed) beside open deals × probability (weighted), by expected close month. Forward-looking: not filtered by period.',
    render: (d) => <ForecastChart rows={d.forecast} stages={d.pipeline.stages} />,
    empty: (d) => (d.forecast.length === 0 ? 'No open or won deal has an expected close date.' : null),
  },
  {
    id: 'winRate',
    uses: (d) => [d.outcomes],
    title: 'Win rate',
    note: 'Deals closed in the period. Win rate = won ÷ (won + lost); disqualified leads do not count.',
    render: (d) => <WinRateChart outcomes={d.outcomes} />,
    empty: none,
  },
  {
    id: 'lostReasons',
    uses: (d) => [d.outcomes.lostReasons],
    title: 'Lost reasons',
    note: 'Deals lost in the period, by the reason recorded.',
    render: (d) => <ReasonsChart rows={d.outcomes.lostReasons} color="var(--danger)" />,
    empty: (d) => (d.outcomes.lostReasons.length === 0 ? 'No deal was lost in this period.' : null),
  },
  {
    id: 'wonReasons',
    uses: (d) => [d.outcomes.wonReasons],
    title: 'Why we won',
    note: 'Deals won in the period, by the reason recorded when closing.',
    render: (d) => <ReasonsChart rows={d.outcomes.wonReasons} color="var(--ok)" />,
    empty: (d) => (d.outcomes.wonReasons.length === 0 ? 'No deal was won in this period.' : null),
  },
  {
    id: 'sources',
    uses: (d) => [d.sources],
    title: 'Lead-source effectiveness',
    note: 'Leads created in the period, per source: how many reached SQL and were won since (won value in the table).',
    render: (d) => <SourcesChart rows={d.sources} />,
    empty: none,
  },
  {
    id: 'activity',
    uses: (d) => [d.activity],
    title: 'Activity per week',
    note: 'Calls, e-mails, meetings, notes and signals logged in the period, per ISO week, stacked by type.',
    render: (d) => <ActivityChart rows={d.activity} />,
    empty: (d) => (d.activity.every((w) => w.total === 0) ? 'No activity logged in this period.' : null),
  },
];
