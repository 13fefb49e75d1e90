import type { Deal, StageKind } from '../model';

/** The closing and reopening actions a deal offers (the stage select covers plain moves). */
export type DealAction = 'won' | 'lost' | 'disqualify' | 'reject-sal' | 'reopen';

/**
 * What a rep can do to a deal in its state, as the engine's transitions allow it: an open deal
 * can be won, lost or disqualified (and, as a Sales Accepted Lead, rejected); a closed one can
 * only be reopened. The workspace's buttons and the command palette both read this list.
 */
export function dealActions(deal: Pick<Deal, 'status'>, stageKind: StageKind | undefined): DealAction[] {
  if (deal.status !== 'open') return ['reopen'];
  return stageKind === 'sal' ? ['won', 'lost', 'disqualify', 'reject-sal'] : ['won', 'lost', 'disqualify'];
}
