import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowWindow, scrollTopFor } from './fixedRows';

describe('rowWindow', () => {
  it('draws the rows in view plus the overscan, within the list', () => {
    expect(rowWindow(50_000, 100, 0, 450, 6)).toEqual({ start: 0, end: 11 });
    expect(rowWindow(50_000, 100, 10_050, 450, 6)).toEqual({ start: 94, end: 111 });
    expect(rowWindow(3, 100, 0, 450, 6)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(0, 100, 0, 450, 6)).toEqual({ start: 0, end: 0 });
    // No rounding: a row cut at each edge of the viewport (rows 107–112) is drawn, no more.
    expect(rowWindow(50_000, 100, 10_750, 450, 2)).toEqual({ start: 105, end: 114 });
  });

  it('covers every row that intersects the viewport, for any list and scroll', () => {
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.integer({ min: 1, max: 200 }),
        fc.nat(200_000),
        fc.nat(2000),
        fc.nat(10),
        (count, height, scrollTop, viewport, overscan) => {
          const { start, end } = rowWindow(count, height, scrollTop, viewport, overscan);
          expect(0 <= start && start <= end && end <= count).toBe(true);
          // The rows it spans (a row cut at each edge) and the overscan, no more.
          expect(end - start).toBeLessThanOrEqual(Math.ceil(viewport / height) + 1 + 2 * overscan);
          for (let i = 0; i < count; i++) {
            const visible = i * height < scrollTop + viewport && (i + 1) * height > scrollTop;
            if (visible) expect(i >= start && i < end).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scrollTopFor', () => {
  it('scrolls as little as brings the row fully into view', () => {
    expect(scrollTopFor(5, 100, 0, 450)).toBe(150);
    expect(scrollTopFor(2, 100, 1000, 450)).toBe(200);
    expect(scrollTopFor(3, 100, 250, 450)).toBeNull();
  });
});
