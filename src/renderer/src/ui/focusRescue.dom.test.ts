/**
 * A view kept mounted while hidden (the board and Insights, app/KeptBoard.tsx and
 * app/KeptInsights.tsx) never takes the focus meant for the view on screen: its heading is
 * skipped while the view on screen is still loading. And focus a view put inside itself when it
 * showed (the board focusing a lead added from another view) is not taken back by its heading.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { focusViewHeading, shownElement } from './focusRescue';

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(n);
  });

afterEach(() => document.body.replaceChildren());

describe('focusViewHeading', () => {
  it('waits for the shown view’s heading rather than focus the hidden one', async () => {
    document.body.innerHTML =
      '<main><p aria-busy="true">Loading…</p><div hidden><section><h1>Insights</h1></section></div></main>';
    focusViewHeading();
    await frames(3);
    expect(document.activeElement?.textContent).not.toBe('Insights');

    const heading = document.createElement('h1');
    heading.textContent = 'Follow-ups';
    document.querySelector('main')!.prepend(heading);
    await frames(3);
    expect(document.activeElement).toBe(heading);
  });

  it('keeps focus the shown view has already taken inside itself', async () => {
    document.body.innerHTML =
      '<nav><button>Pipeline</button></nav><main><section><h1>Board</h1><div tabindex="0" data-deal-id="d1">New lead</div></section></main>';
    document.querySelector<HTMLElement>('nav button')!.focus();
    focusViewHeading();
    document.querySelector<HTMLElement>('[data-deal-id]')!.focus(); // the board's highlight, in the same frame
    await frames(3);
    expect(document.activeElement?.textContent).toBe('New lead');
  });

  it('takes focus from the nav, or from an element of a view now hidden', async () => {
    document.body.innerHTML =
      '<nav><button>Follow-ups</button></nav><main><div class="kept-view"><div tabindex="0">A card</div></div><section><h1>Follow-ups</h1></section></main>';
    const card = document.querySelector<HTMLElement>('[tabindex]')!;
    card.focus();
    card.parentElement!.hidden = true; // the board hidden behind the view switched to
    focusViewHeading();
    await frames(3);
    expect(document.activeElement?.textContent).toBe('Follow-ups');
  });
});

describe('shownElement', () => {
  it('finds the first match outside content kept hidden', () => {
    document.body.innerHTML =
      '<div hidden><div data-deal-id="d1">hidden card</div></div><ul><li data-deal-id="d1">shown card</li></ul>';
    expect(shownElement('[data-deal-id="d1"]')?.textContent).toBe('shown card');
    document.querySelector('ul')!.remove();
    expect(shownElement('[data-deal-id="d1"]')).toBeNull();
  });
});
