import { makeDeal, type Deal } from '../../../../shared/model';
import type { BoardCard } from '../../../../shared/rpc/views';

/**
 * A board card as the engine's Deal shape: the card's own fields, neutral defaults for the
 * rest. The engine helpers the board uses (weightedValue, isStale, freshLeadClock) read only
 * fields a card carries.
 */
export function cardAsDeal(card: BoardCard, pipelineId: string): Deal {
  return makeDeal(
    {
      id: card.id,
      pipelineId,
      stageId: card.stageId,
      title: card.title || '(untitled)',
      source: card.source,
      status: card.status,
      companyName: card.companyName,
      value: card.value,
      probability: card.probability,
      score: card.score,
      stageEnteredAt: card.stageEnteredAt,
      lastActivityAt: card.lastActivityAt,
      nextFollowUpAt: card.nextFollowUpAt,
      pausedUntil: card.pausedUntil,
      expectedClose: card.expectedClose,
    },
    card.stageEnteredAt,
  );
}
