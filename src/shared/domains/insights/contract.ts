import { z } from 'zod';
import { DateOnly, Id } from '../../model';
import { PERIODS, type Dashboard } from './types';
import { query } from '../../rpc/define';
import { FIGURE_IDS, type FigureDeals, type MyNumbers } from './numbers';

/** What My numbers reads, for the figures and for the deals behind one of them alike. */
const NUMBERS_READS = ['pipelines', 'deals', 'cards', 'activities', 'settings'] as const;

export const insightsMethods = {
  /**
   * Every series of the Insights dashboard for one pipeline (default: the first) and
   * period, read from the store's rollups (store/rollups.ts): small series, never rows. The
   * deals are read only when a forecast warning or an unconverted currency names some.
   */
  'insights.dashboard': query(z.object({ pipelineId: Id.optional(), period: z.enum(PERIODS) }), [
    'pipelines',
    'rollups',
    'deals',
    'settings',
  ]).returns<Dashboard>(),
  /**
   * The rep's own numbers for the quota period and week holding now (local time), across
   * every pipeline: won vs quota, weighted pipeline closing in the period, gap, coverage and
   * this week's touches, each with the NUMBER of deals behind it (never the deals: a small
   * answer, whatever their number). `day` is the UI's local day, only a key: a live view asks
   * again when the day changes (periods and weeks roll over at local midnight); the figures
   * always use the store's clock.
   */
  'insights.numbers': query(z.object({ day: DateOnly.optional() }), NUMBERS_READS).returns<MyNumbers>(),
  /**
   * The deals behind one figure of `insights.numbers` (same reads, same figures), largest share
   * first, each with what the list shows of it: asked when the rep opens that figure's list.
   */
  'insights.figureDeals': query(
    z.object({ figure: z.enum(FIGURE_IDS), day: DateOnly.optional() }),
    NUMBERS_READS,
  ).returns<FigureDeals>(),
};
