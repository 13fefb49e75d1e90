/**
 * The card of a deal just added is brought into view and focused once it is drawn, but never
 * takes focus back from where the rep has gone meanwhile (a dialog, an opened deal), and a look
 * left pending when the highlight or the column's cards change never runs.
 */
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useBoardFilters } from '../../state/boardFilters';
import type { CardView } from './cardView';
import { card } from './testing/cards';
import { useFocusHighlighted } from './useFocusHighlighted';

const deal = card({ title: 'Fleet telematics pilot' });
const view = (): CardView => ({
  card: deal,
  daysInStage: 0,
  nextStep: 'none',
  stale: false,
  staleText: '',
  freshClock: null,
});

/** A column holding `views`, with the deal's card drawn or not (a virtualized row not yet mounted). */
function Column({ views, drawn }: { views: readonly CardView[]; drawn: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusHighlighted(ref, views, scrolled);
  return (
    <div ref={ref}>
      {drawn ? (
        <button type="button" data-deal-id={deal.id}>
          card
        </button>
      ) : null}
    </div>
  );
}
const scrolled = vi.fn();

let frames: Map<number, FrameRequestCallback>;
let nextFrame = 0;
/** Run the frame callbacks asked for so far (those asked for while running wait for the next). */
const frame = () =>
  act(() => {
    const due = [...frames.values()];
    frames.clear();
    due.forEach((run) => run(performance.now()));
  });

let root: Root;
let host: HTMLElement;
const draw = (views: readonly CardView[], drawn: boolean) =>
  act(() => root.render(<Column views={views} drawn={drawn} />));

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  frames = new Map();
  vi.stubGlobal(
    'requestAnimationFrame',
    (run: FrameRequestCallback) => (frames.set(++nextFrame, run), nextFrame),
  );
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  // jsdom has no CSS.escape; the test's ids need none.
  vi.stubGlobal('CSS', { escape: (text: string) => text });
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  useBoardFilters.getState().setHighlight(null);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Somewhere else the rep can be: an opened deal's workspace, with its heading focused. */
function openWorkspace(): HTMLElement {
  const workspace = document.body.appendChild(document.createElement('section'));
  workspace.className = 'workspace';
  const heading = workspace.appendChild(document.createElement('h1'));
  heading.tabIndex = -1;
  heading.focus();
  return heading;
}

describe('useFocusHighlighted', () => {
  it('scrolls to the new card and focuses it once it is drawn, then drops the highlight', async () => {
    await draw([view()], false);
    await act(() => useBoardFilters.getState().setHighlight(deal.id));
    expect(scrolled).toHaveBeenCalledWith(0);
    await frame(); // not drawn yet: looks again next frame
    await draw([view()], true);
    await frame();
    expect(document.activeElement?.getAttribute('data-deal-id')).toBe(deal.id);
    expect(useBoardFilters.getState().highlight).toBeNull();
  });

  it('never takes focus from a deal the rep opened meanwhile, even with a look pending from cards that changed', async () => {
    await draw([view()], false);
    await act(() => useBoardFilters.getState().setHighlight(deal.id));
    await frame();
    await draw([view()], false); // the column's cards changed before the card was drawn
    const heading = openWorkspace();
    await draw([view()], true);
    for (let i = 0; i < 5; i++) await frame();
    expect(document.activeElement).toBe(heading);
    expect(useBoardFilters.getState().highlight).toBeNull();
    expect(frames.size).toBe(0);
  });

  it('a look pending when the highlight is dropped never runs', async () => {
    await draw([view()], false);
    await act(() => useBoardFilters.getState().setHighlight(deal.id));
    await act(() => useBoardFilters.getState().setHighlight(null));
    await draw([view()], true);
    for (let i = 0; i < 5; i++) await frame();
    expect(document.activeElement).toBe(document.body);
    expect(frames.size).toBe(0);
  });
});
