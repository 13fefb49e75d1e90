/**
 * The week calendar's layout, run in UTC and in New York (clocks change on Sun 8 March and
 * Sun 1 November 2026), so days are checked as calendar days across a clock change.
 */
import { describe, expect, it } from 'vitest';
import { makeFollowUp } from '../../../../shared/model';
import type { AgendaItem } from '../../../../shared/domains/followUps/contract';
import { layoutWeek, moveToDay, weekDays, weekStartOf } from './week';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

function item(id: string, dueAt: number, hasTime = true): AgendaItem {
  return {
    ...makeFollowUp({ id, dueAt, hasTime, type: 'meeting', dealId: 'd1' }, 0),
    dealTitle: 'Fleet pilot',
    companyName: 'Harbor',
  };
}

/** Seven `yyyy-MM-dd` day keys of one month from day `first`, written out. */
const sevenDays = (month: string, first: number) =>
  Array.from({ length: 7 }, (_, i) => `${month}-${String(first + i).padStart(2, '0')}`);
const keys = (weekStart: number) => layoutWeek([], weekStart, 0).map((d) => d.key);
const ids = (day: { entries: { item: AgendaItem }[] } | undefined) => day?.entries.map((e) => e.item.id);

describe('the week a day is in', () => {
  it('starts on the locale’s first day of the week, at local midnight', () => {
    const wednesday = local(2026, 11, 4, 15, 20);
    expect(weekStartOf(wednesday, 1)).toBe(local(2026, 11, 2));
    expect(weekStartOf(wednesday, 0)).toBe(local(2026, 11, 1));
    expect(weekStartOf(wednesday, 6)).toBe(local(2026, 10, 31));
  });

  it('steps whole weeks back and forth, across a clock change', () => {
    const monday = local(2026, 10, 26);
    expect(weekStartOf(monday, 1, 1)).toBe(local(2026, 11, 2));
    expect(weekStartOf(monday, 1, -1)).toBe(local(2026, 10, 19));
    expect(weekStartOf(local(2026, 3, 4), 1, 1)).toBe(local(2026, 3, 9));
  });
});

describe('the seven days of a week with a clock change', () => {
  it('autumn: the 25-hour Sunday is one day, and every day starts at local midnight', () => {
    const start = weekStartOf(local(2026, 11, 1, 12), 0);
    expect(keys(start)).toEqual(sevenDays('2026-11', 1));
    for (const day of weekDays(start)) expect(new Date(day).getHours()).toBe(0);
  });

  it('spring: the 23-hour Sunday is one day', () => {
    const start = weekStartOf(local(2026, 3, 8, 12), 1);
    expect(keys(start)).toEqual(sevenDays('2026-03', 2));
    const next = weekStartOf(start, 1, 1);
    expect(keys(next)[0]).toBe('2026-03-09');
    expect(new Date(next).getHours()).toBe(0);
  });
});

describe('laying out follow-ups on the week', () => {
  const start = weekStartOf(local(2026, 10, 28), 1); // Mon 26 Oct – Sun 1 Nov 2026
  const now = local(2026, 10, 28, 12);

  it('puts a follow-up at 23:30 local on its own day, not the next one', () => {
    const days = layoutWeek(
      [item('late', local(2026, 10, 27, 23, 30)), item('midnight', local(2026, 10, 28, 0, 0))],
      start,
      now,
    );
    expect(ids(days.find((d) => d.key === '2026-10-27'))).toEqual(['late']);
    expect(ids(days.find((d) => d.key === '2026-10-28'))).toEqual(['midnight']);
  });

  it('puts 23:30 on the clock-change Sunday on that Sunday, the week’s last day', () => {
    const days = layoutWeek([item('sunday-late', local(2026, 11, 1, 23, 30))], start, now);
    expect(days.at(-1)?.key).toBe('2026-11-01');
    expect(ids(days.at(-1))).toEqual(['sunday-late']);
    expect(days.slice(0, 6).every((d) => d.entries.length === 0)).toBe(true);
  });

  it('leaves out what is due before or after the week', () => {
    const days = layoutWeek(
      [item('before', local(2026, 10, 25, 23, 59)), item('after', local(2026, 11, 2, 0, 0))],
      start,
      now,
    );
    expect(days.flatMap((d) => d.entries)).toEqual([]);
  });

  it('lists a day’s dated follow-ups first, then the timed ones by time', () => {
    const day = local(2026, 10, 29);
    const days = layoutWeek(
      [
        item('three', local(2026, 10, 29, 15)),
        item('dated', day, false),
        item('nine', local(2026, 10, 29, 9)),
      ],
      start,
      now,
    );
    expect(ids(days.find((d) => d.key === '2026-10-29'))).toEqual(['dated', 'nine', 'three']);
  });

  it('marks today, and what is overdue at now (a dated one only once its day is over)', () => {
    const days = layoutWeek(
      [
        item('morning', local(2026, 10, 28, 9)),
        item('evening', local(2026, 10, 28, 18)),
        item('today-dated', local(2026, 10, 28), false),
        item('yesterday-dated', local(2026, 10, 27), false),
      ],
      start,
      now,
    );
    expect(days.filter((d) => d.isToday).map((d) => d.key)).toEqual(['2026-10-28']);
    const overdue = days.flatMap((d) => d.entries.filter((e) => e.overdue).map((e) => e.item.id));
    expect(overdue.sort()).toEqual(['morning', 'yesterday-dated']);
  });
});

describe('moving a follow-up to another day', () => {
  it('keeps its time of day across a clock change', () => {
    const moved = moveToDay(local(2026, 10, 30, 14, 30), true, '2026-11-02');
    expect(moved).toBe(local(2026, 11, 2, 14, 30));
    const back = moveToDay(local(2026, 3, 6, 9, 15), true, '2026-03-09');
    expect(new Date(back ?? 0).getHours()).toBe(9);
    expect(new Date(back ?? 0).getMinutes()).toBe(15);
  });

  it('keeps 23:30 at 23:30 on the new day', () => {
    expect(moveToDay(local(2026, 10, 27, 23, 30), true, '2026-11-01')).toBe(local(2026, 11, 1, 23, 30));
  });

  it('keeps a dated follow-up dated: local midnight of the new day', () => {
    expect(moveToDay(local(2026, 10, 27), false, '2026-11-03')).toBe(local(2026, 11, 3));
  });

  it('lands on the day asked for from the end of a longer month', () => {
    expect(moveToDay(local(2026, 1, 31, 10), true, '2026-02-15')).toBe(local(2026, 2, 15, 10));
  });

  it('refuses a day that is not yyyy-MM-dd', () => {
    expect(moveToDay(local(2026, 1, 31, 10), true, 'Tuesday')).toBeNull();
  });
});
