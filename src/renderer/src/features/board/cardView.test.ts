import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS, HOUR_MS } from '../../../../shared/engine';
import { CardViewCache, cardView, cardViews, nextStepState } from './cardView';
import { card, NOW, pipeline } from './testing/cards';

const midnight = (offsetDays: number) => {
  const d = new Date(NOW);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + offsetDays);
  return d.getTime();
};

describe('nextStepState', () => {
  it('tells overdue, today, scheduled and none apart', () => {
    expect(nextStepState(null, NOW)).toBe('none');
    expect(nextStepState(NOW - HOUR_MS, NOW)).toBe('overdue');
    expect(nextStepState(NOW + HOUR_MS, NOW)).toBe('today');
    expect(nextStepState(NOW + 3 * DAY_MS, NOW)).toBe('scheduled');
  });

  it('treats a date-only step (local midnight) as due all day, overdue only after its day', () => {
    expect(nextStepState(midnight(0), NOW)).toBe('today');
    expect(nextStepState(midnight(-1), NOW)).toBe('overdue');
    expect(nextStepState(midnight(1), NOW)).toBe('scheduled');
  });
});

describe('cardView', () => {
  const lead = pipeline.stages[0]!;
  const mql = pipeline.stages[2]!;

  it('flags a deal idle past its stage period as stale, with days in stage', () => {
    const c = card({ stageEnteredAt: NOW - 10 * DAY_MS, lastActivityAt: NOW - 9 * DAY_MS });
    const view = cardView(c, lead, NOW);
    expect(view.stale).toBe(true);
    expect(view.daysInStage).toBe(10);
    expect(view.staleText).toMatch(/stale/);
  });

  it('a paused deal is not stale until its pause date', () => {
    const c = card({
      stageEnteredAt: NOW - 10 * DAY_MS,
      lastActivityAt: NOW - 10 * DAY_MS,
      pausedUntil: NOW + DAY_MS,
    });
    expect(cardView(c, lead, NOW).stale).toBe(false);
    expect(cardView(c, lead, NOW + 2 * DAY_MS).stale).toBe(true);
  });

  it('shows the fresh-lead clock for an untouched MQL only', () => {
    const c = card({ stageId: mql.id, stageEnteredAt: NOW - 52 * 60_000, lastActivityAt: NOW - 52 * 60_000 });
    expect(cardView(c, mql, NOW).freshClock).toEqual({
      text: 'untouched 52 min / 48 h',
      overdue: false,
    });
    expect(cardView(card(), lead, NOW).freshClock).toBeNull();
  });

  it('won deals have no next-step state', () => {
    expect(cardView(card({ status: 'won', nextFollowUpAt: NOW - DAY_MS }), lead, NOW).nextStep).toBe('none');
  });
});

describe('CardViewCache.warm', () => {
  const board = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      card({
        stageId: pipeline.stages[i % pipeline.stages.length]!.id,
        stageEnteredAt: NOW - (i % 20) * DAY_MS,
        lastActivityAt: NOW - (i % 9) * DAY_MS,
        nextFollowUpAt: i % 3 === 0 ? null : NOW + ((i % 7) - 3) * HOUR_MS * 10,
      }),
    );

  it('derived a slice at a time, gives the views a whole pass gives, then only looks them up', () => {
    fc.assert(
      fc.property(fc.nat(120), fc.integer({ min: 1, max: 50 }), (n, slice) => {
        const cards = board(n);
        const cache = new CardViewCache();
        for (let from = 0; from < n; from += slice) cache.warm(cards, pipeline, NOW, from, from + slice);
        expect(cache.missing(cards, pipeline, NOW, Infinity)).toBe(0);
        expect(cache.viewsOf(cards, pipeline, NOW)).toEqual(cardViews(cards, pipeline, NOW));
      }),
    );
  });

  it('derives the next clock reading alongside the views on screen, keeping unchanged views', () => {
    const cards = board(60);
    const cache = new CardViewCache();
    const shown = cache.viewsOf(cards, pipeline, NOW);
    const later = NOW + 2 * DAY_MS;
    expect(cache.missing(cards, pipeline, later, Infinity)).toBe(60);
    cache.warm(cards, pipeline, later, 0, 30);
    // The board on screen is still looked up, not derived again.
    expect(cache.missing(cards, pipeline, NOW, Infinity)).toBe(0);
    expect(cache.viewsOf(cards, pipeline, NOW)).toEqual(shown);
    expect(cache.viewsOf(cards, pipeline, NOW).every((v, i) => v === shown[i])).toBe(true);
    expect(cache.missing(cards, pipeline, later, Infinity)).toBe(30);
    cache.warm(cards, pipeline, later, 30, 60);
    const next = cache.viewsOf(cards, pipeline, later);
    expect(next).toEqual(cardViews(cards, pipeline, later));
    // A view that shows the same thing a clock tick later keeps its identity.
    const tick = cache.viewsOf(cards, pipeline, later + 1000);
    expect(tick.filter((v, i) => v === next[i]).length).toBeGreaterThan(0);
  });

  it('hands the board that takes peeked cards the very views peeked, without looking them up again', () => {
    const cards = board(40);
    const cache = new CardViewCache();
    const later = NOW + DAY_MS;
    cache.viewsOf(cards, pipeline, NOW);
    const peeked = cache.peek(cards, pipeline, later);
    expect(peeked).toEqual(cardViews(cards, pipeline, later));
    // Another board, or the board on screen, is looked up as before.
    expect(cache.viewsOf(cards.slice(1), pipeline, later)).not.toBe(peeked);
    expect(cache.viewsOf(cards, pipeline, later)).toBe(peeked);
    // Once: a later render gets views of its own (the same objects).
    const again = cache.viewsOf(cards, pipeline, later);
    expect(again).not.toBe(peeked);
    expect(again.every((v, i) => v === peeked[i])).toBe(true);
  });
});
