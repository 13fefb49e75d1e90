import { z } from 'zod';
import { Id } from '../../model';
import { PERIODS, type Dashboard } from './types';
import { query } from '../../rpc/define';

export const insightsMethods = {
  /**
   * Every series of the Insights dashboard for one pipeline (default: the first) and
   * period, aggregated in the store from indexed range reads: small series, never rows.
   */
  'insights.dashboard': query(z.object({ pipelineId: Id.optional(), period: z.enum(PERIODS) }), [
    'pipelines',
    'deals',
    'stageHistory',
    'activities',
    'settings',
  ]).returns<Dashboard>(),
};
