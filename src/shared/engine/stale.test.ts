import { describe, expect, it } from 'vitest';
import { isStale } from './stale';
import { makeDeal, stageOf, T0 } from './testing/fixtures';
import { DAY_MS, HOUR_MS } from './time';

const nurturing = stageOf('nurturing'); // stale after 14 days

describe('isStale', () => {
  const deal = makeDeal({ stageEnteredAt: T0, lastActivityAt: T0 }, 'nurturing');

  it('a pause end Date cannot show (9e15, from an older database) reads as an open-ended pause, never a RangeError', () => {
    const state = isStale({
      deal: { ...deal, pausedUntil: 9e15 },
      stage: nurturing,
      now: T0 + 16 * DAY_MS,
      nextStep: null,
    });
    expect(state).toMatchObject({ stale: false, text: 'paused (no end date can be shown)' });
  });

  it('flags an open deal idle longer than its stage allows, with no future next step', () => {
    expect(isStale({ deal, stage: nurturing, now: T0 + 16 * DAY_MS, nextStep: null })).toEqual({
      stale: true,
      idleMs: 16 * DAY_MS,
      text: 'stale: 16 days without activity in Lead Nurturing',
    });
  });

  it('is not stale at the limit, with a future next step, while paused, or once closed', () => {
    const now = T0 + 16 * DAY_MS;
    expect(isStale({ deal, stage: nurturing, now: T0 + 14 * DAY_MS, nextStep: null }).stale).toBe(false);
    expect(
      isStale({ deal, stage: nurturing, now, nextStep: { dueAt: now + DAY_MS, hasTime: true } }).stale,
    ).toBe(false);
    const paused = isStale({
      deal: { ...deal, pausedUntil: now + DAY_MS },
      stage: nurturing,
      now,
      nextStep: null,
    });
    expect(paused.stale).toBe(false);
    expect(paused.text).toMatch(/^paused until /);
    expect(
      isStale({ deal: { ...deal, pausedUntil: now - 1 }, stage: nurturing, now, nextStep: null }).stale,
    ).toBe(true);
    expect(isStale({ deal: { ...deal, status: 'lost' }, stage: nurturing, now, nextStep: null }).stale).toBe(
      false,
    );
  });

  it('measures idle time from the later of the last activity and the stage change', () => {
    const moved = { ...deal, stageEnteredAt: T0 + 10 * DAY_MS };
    const r = isStale({ deal: moved, stage: nurturing, now: T0 + 16 * DAY_MS, nextStep: null });
    expect(r).toMatchObject({ stale: false, idleMs: 6 * DAY_MS, text: 'last activity 6 days ago' });
  });

  it('uses hour periods and treats a zero period as never stale', () => {
    const sal = { ...stageOf('sal'), staleAfter: { amount: 4, unit: 'hours' as const } };
    expect(isStale({ deal, stage: sal, now: T0 + 5 * HOUR_MS, nextStep: null }).stale).toBe(true);
    const never = { ...sal, staleAfter: { amount: 0, unit: 'days' as const } };
    expect(isStale({ deal, stage: never, now: T0 + 500 * DAY_MS, nextStep: null }).stale).toBe(false);
  });
});
