/**
 * A view kept mounted while hidden (Insights, app/KeptInsights.tsx) never takes the focus meant
 * for the view on screen: its heading is skipped while the view on screen is still loading.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { focusViewHeading } from './focusRescue';

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
});
