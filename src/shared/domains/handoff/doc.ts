import type { HandoffDoc } from './notes';
import type { Pipeline, Settings } from '../../model';
import type { DealDetail } from '../../rpc/views';
import { handoffTimeline } from './timeline';

/**
 * The document the handoff renderers take, from the deal's workspace data. Null when the
 * deal has no checklist yet.
 */
export function buildHandoffDoc(input: {
  detail: DealDetail;
  pipeline: Pipeline | null;
  settings: Pick<Settings, 'currency'>;
  now: number;
}): HandoffDoc | null {
  const { detail, pipeline, settings, now } = input;
  if (!detail.handoff) return null;
  return {
    deal: detail.deal,
    company: detail.company,
    contacts: detail.contacts,
    checklist: detail.handoff,
    timeline: handoffTimeline({ history: detail.history, activities: detail.activities, pipeline }),
    generatedAt: now,
    currency: settings.currency,
  };
}
