import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rovingTarget } from './useRovingRows';

describe('rovingTarget', () => {
  it('moves one row and clamps at the ends', () => {
    expect(rovingTarget(3, 0, 'next')).toBe(1);
    expect(rovingTarget(3, 2, 'next')).toBe(2);
    expect(rovingTarget(3, 0, 'previous')).toBe(0);
    expect(rovingTarget(3, 1, 'first')).toBe(0);
    expect(rovingTarget(3, 1, 'last')).toBe(2);
  });

  it('starts at the first row (next) or the last row (previous) when nothing is focused', () => {
    expect(rovingTarget(3, -1, 'next')).toBe(0);
    expect(rovingTarget(3, -1, 'previous')).toBe(2);
  });

  it('has nowhere to go in an empty list', () => {
    expect(rovingTarget(0, -1, 'next')).toBe(-1);
  });

  it('always lands on a row (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -1, max: 60 }),
        fc.constantFrom('next' as const, 'previous' as const, 'first' as const, 'last' as const),
        (count, from, how) => {
          const to = rovingTarget(count, Math.min(from, count - 1), how);
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(count);
        },
      ),
    );
  });
});
