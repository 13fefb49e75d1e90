/**
 * "My numbers" against the real store: the panel shows each figure and how many deals are
 * behind it from a small answer (no deal in it); a figure's list is asked for only when the
 * rep opens it, says it is loading, then lists every deal, largest share first, a page at a
 * time; choosing one opens its workspace.
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { novemberWins } from '../../../../shared/domains/insights/testing/wins';
import { useNavigation } from '../../state/navigation';
import { renderedWithStore } from '../../testing/storeDom';
import { FIGURE_DEALS_PAGE } from './FigureDeals';
import { MyNumbersPanel, MyNumbersStrip, NUMBERS_SETTLE_MS } from './MyNumbers';

const dom = renderedWithStore();
const { settle, click } = dom;
const q = <E extends Element = HTMLElement>(s: string) => dom.host.querySelector<E>(s);
const dealButtons = () => [...dom.host.querySelectorAll<HTMLButtonElement>('[data-deal-ref]')];

/** `count` wins signed in November 2026 (the harness's month), worth 1,000 + i each. */
const addWins = (count: number) => dom.harness.host.db.deals.bulkPut(novemberWins(0, count));

describe('My numbers and the deals behind a figure', () => {
  it('counts the deals behind each figure; opening one asks for its list, which reaches every deal', async () => {
    const total = FIGURE_DEALS_PAGE + 37;
    await dom.client.call('settings.update', {
      patch: { goals: { quotaPeriod: 'month', quota: 10_000, weeklyActivityGoal: 5 } },
    });
    await addWins(total);
    const calls = vi.spyOn(dom.client, 'call');
    const asked = (method: string) => calls.mock.calls.filter(([m]) => m === method).length;
    act(() => dom.root.render(<MyNumbersPanel />));
    await settle(() => q('[data-testid="my-numbers"]')?.getAttribute('data-loaded') === 'true');

    const won = q('[data-figure="won"] button')!;
    expect(won.textContent).toContain(`show the ${total} deals behind it`);
    expect(asked('insights.figureDeals')).toBe(0);
    expect(q('[role="dialog"]')).toBeNull();

    await click(won);
    const dialog = q('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(q('[data-testid="figure-deals-pending"]')?.textContent).toMatch(/^Loading the deals behind Won/);
    await settle(() => dealButtons().length > 0);
    expect(q('[data-testid="figure-deals-pending"]')).toBeNull();
    expect(calls.mock.calls.filter(([m]) => m === 'insights.figureDeals').map(([, input]) => input)).toEqual([
      expect.objectContaining({ figure: 'won' }),
    ]);

    // Largest share first, one page drawn; the first deal has focus (the keyboard lands on it).
    expect(dealButtons()).toHaveLength(FIGURE_DEALS_PAGE);
    const last = total - 1;
    expect(dealButtons()[0]!.textContent).toContain(`Win ${last}`);
    expect(dealButtons()[0]!.textContent).toContain(`Company ${last}`);
    expect(dealButtons()[0]!.textContent).toContain(`$${(1_000 + last).toLocaleString('en-US')}`);
    expect(document.activeElement).toBe(dealButtons()[0]);
    const more = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show '))!;
    expect(more.textContent).toBe(`Show 37 more (${FIGURE_DEALS_PAGE} of ${total} shown)`);
    await click(more);
    expect(dealButtons()).toHaveLength(total);
    expect(dealButtons().at(-1)!.textContent).toContain('Win 0');
    expect([...dialog.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Show '))).toBe(
      false,
    );

    // Choosing a deal closes the list and opens its workspace.
    await click(dealButtons().at(-1));
    expect(q('[role="dialog"]')).toBeNull();
    expect(useNavigation.getState().dealId).toBe('win-0000');
  });

  it('says so when no deal is behind a figure', async () => {
    act(() => dom.root.render(<MyNumbersPanel />));
    await settle(() => q('[data-testid="my-numbers"]')?.getAttribute('data-loaded') === 'true');
    await click(q('[data-figure="activity"] button'));
    await settle(() => !!dom.host.textContent?.includes('No deals are behind this figure yet.'));
    expect(dealButtons()).toHaveLength(0);
  });

  it('the board strip shows its kept answer on a return, unasked, until a change it reads', async () => {
    await addWins(3);
    const calls = vi.spyOn(dom.client, 'call');
    const asked = () => calls.mock.calls.filter(([m]) => m === 'insights.numbers').length;
    const loaded = () => q('[data-testid="my-numbers-strip"] [data-figure]') !== null;
    act(() => dom.root.render(<MyNumbersStrip />));
    await settle(loaded);
    expect(asked()).toBe(1);
    act(() => dom.root.render(null));

    act(() => dom.root.render(<MyNumbersStrip />));
    expect(loaded()).toBe(true); // in the very render that shows it
    act(() => dom.root.render(null));
    expect(asked()).toBe(1);

    // A change to the deals drops the kept answer: the next return asks.
    await dom.client.call('deals.create', {
      title: 'Pier',
      companyName: 'Quay',
      contactName: 'Ana',
      contactEmail: 'ana@quay.example',
      source: 'event',
      value: 1,
    });
    // … once the pause has passed: a return right after a change puts no read ahead of a save.
    act(() => dom.root.render(<MyNumbersStrip />));
    await act(() => new Promise((r) => setTimeout(r, NUMBERS_SETTLE_MS / 2)));
    expect(asked()).toBe(1);
    await settle(() => asked() === 2 && loaded(), 600);
  });

  it('the board strip asks again only once edits pause, so a run of moves costs one read after it', async () => {
    await addWins(1);
    const calls = vi.spyOn(dom.client, 'call');
    const asked = () => calls.mock.calls.filter(([m]) => m === 'insights.numbers').length;
    act(() => dom.root.render(<MyNumbersStrip />));
    await settle(() => asked() === 1 && q('[data-testid="my-numbers-strip"] [data-figure]') !== null);
    const start = Date.now();
    // Three changes, a third of the pause apart: no read between them.
    for (let i = 0; i < 3; i++) {
      await dom.client.call('deals.create', {
        title: `Pier ${i}`,
        companyName: 'Quay',
        contactName: 'Ana',
        contactEmail: 'ana@quay.example',
        source: 'event',
        value: 1,
      });
      await act(() => new Promise((r) => setTimeout(r, NUMBERS_SETTLE_MS / 3)));
      expect(asked()).toBe(1);
    }
    await settle(() => asked() === 2, 600);
    expect(Date.now() - start).toBeGreaterThanOrEqual(NUMBERS_SETTLE_MS);
    await act(() => new Promise((r) => setTimeout(r, NUMBERS_SETTLE_MS / 2)));
    expect(asked()).toBe(2);
  });
});
