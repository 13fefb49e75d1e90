import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../../shared/engine';
import { cardView, nextStepState } from './cardView';
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
