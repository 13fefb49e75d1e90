import { createDefaultPipeline } from '../../../../../shared/engine';
import type { BoardCard } from '../../../../../shared/rpc/views';

let counter = 0;
export const pipeline = createDefaultPipeline(() => `s-${++counter}`, 0);
export const NOW = new Date(2026, 10, 2, 10, 0, 0).getTime();

/** A board card for tests: open, in the first stage, touched at NOW. */
export function card(fields: Partial<BoardCard> = {}): BoardCard {
  return {
    id: `d-${++counter}`,
    title: 'Deal',
    companyName: 'Acme',
    value: 1000,
    probability: null,
    score: 10,
    stageId: pipeline.stages[0]!.id,
    status: 'open',
    source: 'event',
    stageEnteredAt: NOW,
    lastActivityAt: NOW,
    nextFollowUpAt: null,
    pausedUntil: null,
    expectedClose: null,
    handoff: null,
    contactEmail: '',
    contactName: '',
    ...fields,
  };
}
