/**
 * Insights is drawn ahead of the visit: once start-up is done and the page is idle, its
 * dashboard is asked and the view mounted hidden (unreachable by focus and screen readers); the
 * visit shows it without asking the store again. A change the dashboard reads, made while it is
 * hidden, unmounts it; it is drawn ahead again with the change, and the visit shows the new figures.
 */
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../platform/types';
import { setPlatform } from '../state/session';
import { renderedWithStore } from '../testing/storeDom';
import { MoneyProvider } from '../ui/money';
import { createDeal, dealsInFunnel as funnelDeals, recordingStore } from '../testing/insightsDom';
import { KeptInsights } from './KeptInsights';

const dealsInFunnel = () => funnelDeals(dom.host);

const dom = renderedWithStore();

/** The store methods asked, in order. */
let asked: string[] = [];

beforeEach(() => {
  asked = [];
  const store = recordingStore(dom.client, asked);
  setPlatform({ kind: 'browser', store, onReconnect: () => () => undefined } as unknown as Platform);
  // The page is idle at once (the preload's own one-second wait still applies).
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) =>
    setTimeout(() => run({ didTimeout: false, timeRemaining: () => 50 })),
  );
  vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
  return () => vi.unstubAllGlobals();
});

const q = (selector: string) => dom.host.querySelector(selector);
const dashboards = () => asked.filter((m) => m === 'insights.dashboard').length;

function render(shown: boolean) {
  act(() =>
    dom.root.render(
      <MoneyProvider>
        <KeptInsights shown={shown} />
      </MoneyProvider>,
    ),
  );
}

/** The view drawn ahead, hidden: charts in the document, inside a `hidden` container. */
const drawnAhead = () => q('.kept-view[hidden] .insights [data-chart="funnel"] figure') !== null;

describe('Insights drawn ahead of the visit', () => {
  it('is in the document, hidden, before the visit; the visit shows it without asking the store', async () => {
    await createDeal(dom.client);
    render(false);
    expect(q('.insights')).toBeNull(); // not at once: when the page is idle
    await dom.settle(drawnAhead, 400);
    expect(dashboards()).toBe(1);
    // Hidden content is out of reach: nothing in it is in the accessibility tree or tabbable.
    const hidden = q('.kept-view')!;
    expect(hidden.hasAttribute('hidden')).toBe(true);
    expect(hidden.querySelectorAll('[data-chart]').length).toBeGreaterThan(1);

    render(true);
    expect(q('.kept-view')!.hasAttribute('hidden')).toBe(false);
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    expect(dashboards()).toBe(1);
    expect(dealsInFunnel()).toBe(1);
  });

  it('a change while hidden is drawn ahead again, and the visit shows it', async () => {
    await createDeal(dom.client);
    render(false);
    await dom.settle(drawnAhead, 400);
    await act(() => createDeal(dom.client));
    // Out of date: unmounted (never shown with the old figures), then drawn ahead again.
    await dom.settle(() => q('.insights') === null);
    await dom.settle(drawnAhead, 400);
    expect(dashboards()).toBe(2);

    render(true);
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    expect(dealsInFunnel()).toBe(2);
    expect(dashboards()).toBe(2);
  });
});
