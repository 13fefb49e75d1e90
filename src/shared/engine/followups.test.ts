import { describe, expect, it } from 'vitest';
import { bucketFollowUp, freshLeadClock, proposeFollowUp, signalFollowUp, snoozeUntil } from './followups';
import { durationMs, HOUR_MS, MINUTE_MS } from './time';
import { makeDeal, stageOf, T0 } from './testing/fixtures';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('proposeFollowUp', () => {
  it('SAL: contact within 24 h, keeping the time of day', () => {
    expect(proposeFollowUp(stageOf('sal'), T0)).toEqual({
      dueAt: T0 + 24 * HOUR_MS,
      hasTime: true,
      type: 'call',
      note: 'Contact within 24 h',
    });
  });

  it('day cadences give a date (local midnight) without a time', () => {
    const p = proposeFollowUp(stageOf('nurturing'), at(2026, 1, 5, 15, 30));
    expect(p).toMatchObject({ dueAt: at(2026, 1, 12), hasTime: false, type: 'email' });
    expect(p.note).toBe('Send a personal nurturing touch within 7 days');
  });
});

describe('signalFollowUp', () => {
  it('calls immediately on a trial, ROI or proposal signal', () => {
    for (const s of ['trial-request', 'roi-content-request', 'proposal-opened', 'cta-clicked'] as const) {
      expect(signalFollowUp(s, T0)).toMatchObject({ dueAt: T0, hasTime: true, type: 'call' });
    }
  });

  it('calls the same day on an opened e-mail, and nothing after a meeting', () => {
    expect(signalFollowUp('email-opened', T0)).toMatchObject({
      dueAt: at(2026, 1, 5),
      hasTime: false,
      type: 'call',
    });
    expect(signalFollowUp('webinar-attended', T0)).toMatchObject({
      dueAt: at(2026, 1, 6),
      hasTime: false,
      type: 'email',
    });
    expect(signalFollowUp('meeting-held', T0)).toBeNull();
  });
});

describe('freshLeadClock', () => {
  const sal = stageOf('sal');
  it('counts untouched time in an MQL or SAL', () => {
    const deal = makeDeal({ stageEnteredAt: T0, lastActivityAt: T0 - 1 }, 'sal');
    expect(freshLeadClock(deal, sal, T0 + 52 * MINUTE_MS)).toEqual({
      elapsedMs: 52 * MINUTE_MS,
      targetMs: durationMs(sal.cadence),
      overdue: false,
      text: 'untouched 52 min / 24 h',
    });
    expect(freshLeadClock(deal, sal, T0 + 30 * HOUR_MS)).toMatchObject({
      overdue: true,
      text: 'untouched 30 h / 24 h',
    });
  });

  it('stops once the rep touched the lead, and is absent in other stages', () => {
    expect(
      freshLeadClock(makeDeal({ stageEnteredAt: T0, lastActivityAt: T0 + 1 }, 'sal'), sal, T0 + HOUR_MS),
    ).toBeNull();
    expect(freshLeadClock(makeDeal({}, 'sql'), stageOf('sql'), T0)).toBeNull();
  });
});

describe('bucketFollowUp (local time)', () => {
  const now = at(2026, 1, 5, 10); // Monday 10:00
  it.each([
    ['timed, an hour ago', at(2026, 1, 5, 9), true, 'overdue'],
    ['timed, later today', at(2026, 1, 5, 17), true, 'today'],
    ['dated today (not overdue until the day ends)', at(2026, 1, 5), false, 'today'],
    ['dated yesterday', at(2026, 1, 4), false, 'overdue'],
    ['tomorrow', at(2026, 1, 6, 8), true, 'upcoming'],
    ['in 7 days', at(2026, 1, 12, 23, 59), true, 'upcoming'],
    ['in 8 days', at(2026, 1, 13), false, 'later'],
  ])('%s → %s', (_label, dueAt, hasTime, bucket) => {
    expect(bucketFollowUp(dueAt, hasTime, now)).toBe(bucket);
  });
});

describe('snoozeUntil', () => {
  const now = at(2026, 1, 7, 16, 20); // Wednesday
  it('snoozes an hour, to tomorrow morning, or to next Monday morning', () => {
    expect(snoozeUntil('1h', now, 9)).toBe(now + HOUR_MS);
    expect(snoozeUntil('tomorrow', now, 9)).toBe(at(2026, 1, 8, 9));
    expect(snoozeUntil('next-week', now, 8)).toBe(at(2026, 1, 12, 8));
  });
  it('never snoozes into the past', () => {
    expect(snoozeUntil({ until: now + 5 }, now, 9)).toBe(now + 5);
    expect(snoozeUntil({ until: now - 5 }, now, 9)).toBe(now);
  });
});
