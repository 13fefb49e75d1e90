/** Test helper: the mapping options a rep would confirm for the default pipeline. */
import type { MapRowsOptions } from '../map-rows';

export const STAGE_MAP: Record<string, string> = {
  'Lead Generation': 'st-leadgen',
  'Lead Nurturing': 'st-nurture',
  'Marketing Qualified Lead': 'st-mql',
  'Sales Accepted Lead': 'st-sal',
  'Sales Qualified Lead': 'st-sql',
  Qualified: 'st-sql',
  'Proposal Made': 'st-sql',
  Lead: 'st-leadgen',
  'Working - Contacted': 'st-nurture',
};

export const OPTIONS: MapRowsOptions = {
  stageMap: STAGE_MAP,
  sourceMap: {
    'Trade Show': 'event',
    Web: 'website-collateral',
    'Organic Search': 'website-collateral',
    Referral: 'partner-referral',
  },
  defaultStageId: 'st-leadgen',
  defaultSource: 'campaign',
};
