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

/** The store methods asked, in order; what listens for a restart of the store host. */
let asked: string[] = [];
let onRestart: (() => void)[] = [];
/** While set, dashboard answers wait here until the test lets them go. */
let held: (() => void)[] | null = null;

beforeEach(() => {
  asked = [];
  onRestart = [];
  held = null;
  const store = recordingStore(dom.client, asked, (method, answer) =>
    method !== 'insights.dashboard' || !held
      ? answer
      : new Promise((resolve, reject) => held!.push(() => void answer.then(resolve, reject))),
  );
  const onReconnect = (listener: () => void) => {
    onRestart.push(listener);
    return () => undefined;
  };
  setPlatform({ kind: 'browser', store, onReconnect } as unknown as Platform);
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

/** One deal, and the view drawn ahead of the visit. */
async function drawnAheadWithOneDeal() {
  await createDeal(dom.client);
  render(false);
  await dom.settle(drawnAhead, 400);
}

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
    await drawnAheadWithOneDeal();
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

  it('shown after its answer was dropped unseen (a store restart), it says it is loading until it has asked again', async () => {
    await drawnAheadWithOneDeal();
    act(() => onRestart.forEach((restarted) => restarted()));

    held = [];
    render(true);
    const view = q('.insights')!;
    // Its charts hold the old answer: shown, but loading, never "ready", until the new one comes.
    await dom.settle(() => held!.length === 1);
    for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(view.querySelector('[data-chart] figure')).not.toBeNull();
    expect(view.getAttribute('data-ready')).toBe('false');
    expect(view.getAttribute('aria-busy')).toBe('true');
    await act(async () => held!.forEach((release) => release()));
    await dom.settle(() => view.getAttribute('data-ready') === 'true');
    expect(dashboards()).toBe(2);
  });
});
