import fc from 'fast-check';
import { createDefaultPipeline, DAY_MS } from '../../../../../shared/engine';
import type { BoardCard } from '../../../../../shared/rpc/views';
import { cardViews } from '../cardView';

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

/** Cards with many ties on every sort key (values, scores, ages, follow-ups and titles from small sets). */
export function sortableCards(titles: readonly string[], maxLength: number) {
  return fc
    .array(
      fc.record({
        value: fc.nat(50),
        score: fc.nat(5),
        age: fc.nat(4),
        followUp: fc.option(fc.integer({ min: -3, max: 3 })),
        title: fc.constantFrom(...titles),
      }),
      { maxLength },
    )
    .map((rows) =>
      cardViews(
        rows.map((r) =>
          card({
            value: r.value,
            score: r.score,
            title: r.title,
            stageEnteredAt: NOW - r.age * DAY_MS,
            nextFollowUpAt: r.followUp === null ? null : NOW + r.followUp * DAY_MS,
          }),
        ),
        pipeline,
        NOW,
      ),
    );
}
