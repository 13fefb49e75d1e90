import { describe, expect, it } from 'vitest';
import { dayStep, steppedDay } from './weekKeyboard';

const WEEK = Array.from({ length: 7 }, (_, i) => `2026-11-0${i + 1}`);

describe('moving a picked-up follow-up by keyboard', () => {
  it('→ and ↓ go to the next day, ← and ↑ to the previous one; other keys do nothing', () => {
    expect(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'KeyJ', 'Space'].map(dayStep)).toEqual([
      1, 1, -1, -1, 0, 0,
    ]);
  });

  it('steps in calendar order whatever order the days were measured in', () => {
    const shuffled = [4, 0, 6, 2, 1, 5, 3].map((i) => WEEK[i] ?? '');
    expect(steppedDay(shuffled, '2026-11-03', 1)).toBe('2026-11-04');
    expect(steppedDay(shuffled, '2026-11-03', -1)).toBe('2026-11-02');
  });

  it('stops at either end of the week, and for a day not in it', () => {
    expect(steppedDay(WEEK, '2026-11-07', 1)).toBeNull();
    expect(steppedDay(WEEK, '2026-11-01', -1)).toBeNull();
    expect(steppedDay(WEEK, '2026-12-25', 1)).toBeNull();
  });
});
