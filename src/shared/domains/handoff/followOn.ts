import { makeDeal, makeHistory, type Deal, type Pipeline, type StageHistoryEntry } from '../../model';

export type FollowOnKind = 'upsell' | 'add-on';

export const FOLLOW_ON_LABELS: Record<FollowOnKind, string> = { upsell: 'Upsell', 'add-on': 'Add-on' };

export interface FollowOnInput {
  parent: Deal;
  pipeline: Pipeline;
  kind: FollowOnKind;
  title: string;
  value: number;
  newId: () => string;
  now: number;
}

/**
 * A follow-on opportunity (upsell, add-on) from a won deal: a new open deal in the first
 * stage of the same pipeline, for the same company and contacts, linked by parentDealId.
 * The customer profile carries over (it is the same customer); qualification starts afresh.
 */
export function buildFollowOn(input: FollowOnInput): { deal: Deal; history: StageHistoryEntry } {
  const { parent, pipeline, kind, title, value, newId, now } = input;
  const first = pipeline.stages[0];
  if (!first) throw new Error('The pipeline has no stages.');
  const deal = makeDeal(
    {
      id: newId(),
      pipelineId: pipeline.id,
      stageId: first.id,
      title: title.trim(),
      source: parent.source,
      campaign: parent.campaign,
      companyId: parent.companyId,
      companyName: parent.companyName,
      contacts: parent.contacts.map((c) => ({ ...c })),
      value,
      profile: { ...parent.profile, staffing: [...parent.profile.staffing] },
      parentDealId: parent.id,
      notes: `${FOLLOW_ON_LABELS[kind]} follow-on from "${parent.title}".`,
    },
    now,
  );
  const history = makeHistory({
    id: newId(),
    dealId: deal.id,
    pipelineId: pipeline.id,
    toStageId: first.id,
    toStatus: 'open',
    at: now,
    reason: `Follow-on from ${parent.title}`,
  });
  return { deal, history };
}
