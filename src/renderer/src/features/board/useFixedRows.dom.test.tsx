/**
 * A virtual list draws the rows in view and a few more, wherever it is scrolled: every row drawn
 * at a scroll step is mounted and laid out in that step (at 100,000 deals the scroll's long task).
 */
import { act, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useFixedRows } from './useFixedRows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ROW = 112;
/** The board's card list at 1000 px of window: 698 px, six and a quarter rows. */
const VIEWPORT = 698;

function List({ count, picture = false }: { count: number; picture?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const { start, end } = useFixedRows(ref, count, ROW, { picture });
  return <div ref={ref} data-start={start} data-end={end} />;
}

let host: HTMLElement | null = null;
let root: ReturnType<typeof createRoot> | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

/** The list mounted with a viewport of `VIEWPORT` px, then scrolled to `scrollTop`: the rows it draws. */
function drawnAt(scrollTop: number, count = 50_000) {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  let top = 0;
  const place = (el: HTMLElement) => {
    Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => VIEWPORT });
    Object.defineProperty(el, 'scrollTop', { configurable: true, get: () => top });
  };
  act(() => root!.render(<List count={count} />));
  const list = host.firstElementChild as HTMLElement;
  place(list);
  top = scrollTop;
  act(() => list.dispatchEvent(new Event('scroll')));
  return { start: Number(list.dataset.start), end: Number(list.dataset.end) };
}

describe('useFixedRows', () => {
  it('draws the rows in view and at most a few more, wherever the list is scrolled', () => {
    const inView = Math.ceil(VIEWPORT / ROW) + 1; // a row cut at each edge
    // Scroll positions across the list, each at another offset within a row and a block.
    for (const row of [0, 3, 7, 1_003, 1_007, 1_009, 25_005, 49_990]) {
      for (const within of [0, 50]) {
        const { start, end } = drawnAt(row * ROW + within);
        // The rows in view are all drawn …
        expect(start).toBeLessThanOrEqual(row);
        expect(end).toBeGreaterThanOrEqual(
          Math.min(50_000, Math.ceil((row * ROW + within + VIEWPORT) / ROW)),
        );
        // … with the overscan of 2 on each side, no more: blocks of 10 drew up to 14 rows
        // for these 7 or 8 (blocks laid on the list, before, up to 24).
        expect(end - start).toBeLessThanOrEqual(inView + 4);
        act(() => root!.unmount());
        host!.remove();
        root = null;
        host = null;
      }
    }
  });

  it('draws a start-up picture with only the rows a window-tall list shows, then the live rows', () => {
    const tall = Object.getOwnPropertyDescriptor(window, 'innerHeight');
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 1000 });
    Object.defineProperty(HTMLDivElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => VIEWPORT,
    });
    try {
      host = document.body.appendChild(document.createElement('div'));
      root = createRoot(host);
      act(() => root!.render(<List count={5_000} picture />));
      const list = host.firstElementChild as HTMLElement;
      // 1000 px of window: 9 rows (the list itself, under the board's toolbar, shows 7), not 12.
      expect([list.dataset.start, list.dataset.end]).toEqual(['0', '9']);
      act(() => root!.render(<List count={5_000} />));
      // Live: the rows in view (7) and the overscan: the same 9 cards.
      expect([list.dataset.start, list.dataset.end]).toEqual(['0', '9']);
      // A list shortened by banners (4 rows and the overscan: 6) still draws the picture's 9.
      Object.defineProperty(HTMLDivElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
      act(() => list.dispatchEvent(new Event('scroll')));
      expect([list.dataset.start, list.dataset.end]).toEqual(['0', '9']);
    } finally {
      if (tall) Object.defineProperty(window, 'innerHeight', tall);
      delete (HTMLDivElement.prototype as { clientHeight?: number }).clientHeight;
    }
  });
});
