import { describe, expect, it } from 'vitest';
import { activityByWeek, isoWeekLabel, type ActivityStamp } from './activityWeeks';

// Local time, like the chart. Tuesday 30 June 2026 is in ISO week 27.
const at = (m: number, d: number, h: number) => new Date(2026, m - 1, d, h).getTime();
const now = at(6, 30, 12);
const from = at(6, 10, 12); // a Wednesday in week 24
const stamps: ActivityStamp[] = [
  { at: at(6, 9, 10), type: 'call' }, // before the period
  { at: at(6, 10, 13), type: 'email' },
  { at: at(6, 14, 23), type: 'call' }, // Sunday: still week 24
  { at: at(6, 15, 0), type: 'meeting' }, // Monday: week 25
  { at: at(6, 30, 11), type: 'signal' },
  { at: at(7, 1, 9), type: 'note' }, // after now
];
const pick = (rows: ReturnType<typeof activityByWeek>) => rows.map((r) => [r.week, r.call, r.email, r.meeting, r.note, r.signal, r.total]);

describe('activityByWeek', () => {
  it('counts the period\'s activities per ISO week and type, empty weeks as zeros', () => {
    const rows = activityByWeek(stamps, from, now);
    expect(pick(rows)).toEqual([
      ['2026-W24', 1, 1, 0, 0, 0, 2],
      ['2026-W25', 0, 0, 1, 0, 0, 1],
      ['2026-W26', 0, 0, 0, 0, 0, 0],
      ['2026-W27', 0, 0, 0, 0, 1, 1],
    ]);
    expect(rows[0]!.start).toBe(at(6, 8, 0));
  });

  it('for all time starts at the week of the earliest activity', () => {
    expect(pick(activityByWeek(stamps, null, now))[0]).toEqual(['2026-W24', 2, 1, 0, 0, 0, 3]);
    expect(activityByWeek([], null, now)).toEqual([]);
  });

  it('labels weeks by ISO week-numbering year', () => {
    expect(isoWeekLabel(new Date(2027, 0, 1, 12).getTime())).toBe('2026-W53');
    expect(isoWeekLabel(new Date(2025, 11, 29, 12).getTime())).toBe('2026-W01');
  });
});
