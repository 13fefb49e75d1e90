/**
 * Insights is drawn ahead of the visit: once start-up is done and the page is idle, its
 * dashboard is asked and the view mounted hidden (unreachable by focus and screen readers); the
 * visit shows it without asking the store again. A change the dashboard reads, made while it is
 * hidden, marks it out of date at once; it stays mounted, asks again when the page is idle and
 * redraws only the charts whose figures changed, and the visit shows the new figures.
 */
import { act, createElement, type ComponentProps } from 'react';
import type * as FunnelCharts from '../features/insights/charts/FunnelChart';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setPlatform } from '../state/session';
import { renderedWithStore } from '../testing/storeDom';
import { MoneyProvider } from '../ui/money';
import {
  createDeal,
  dealsInFunnel as funnelDeals,
  funnelRows,
  moveToNurturing,
  holdingPlatform,
} from '../testing/insightsDom';
import { KeptInsights } from './KeptInsights';

/** Every Recharts chart drawn (each BarChart render), counted through a pass-through wrapper. */
const charts = vi.hoisted(() => ({ renders: 0 }));
vi.mock('recharts', async (importOriginal) =>
  (await import('../testing/countedRecharts')).countedRecharts(importOriginal, charts),
);

/** While set, the funnel chart fails to render (a view that throws: its error screen shows). */
const funnel = vi.hoisted(() => ({ failing: false }));
vi.mock('../features/insights/charts/FunnelChart', async (importOriginal) => {
  const actual = await importOriginal<typeof FunnelCharts>();
  return {
    FunnelChart: (props: ComponentProps<typeof actual.FunnelChart>) => {
      if (funnel.failing) throw new Error('The funnel could not be drawn');
      return createElement(actual.FunnelChart, props);
    },
  };
});

const dealsInFunnel = () => funnelDeals(dom.host);

const dom = renderedWithStore();

/** The store methods asked, in order; what listens for a restart of the store host. */
let asked: string[] = [];
let onRestart: (() => void)[] = [];
/** While set, dashboard answers wait here until the test lets them go. */
let held: (() => void)[] | null = null;

beforeEach(() => {
  charts.renders = 0;
  funnel.failing = false;
  asked = [];
  onRestart = [];
  held = null;
  const onReconnect = (listener: () => void) => {
    onRestart.push(listener);
    return () => undefined;
  };
  setPlatform(holdingPlatform(dom.client, asked, 'insights.dashboard', () => held, onReconnect));
  // The page is idle at once (the preload's own one-second wait still applies).
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) =>
    setTimeout(() => run({ didTimeout: false, timeRemaining: () => 50 })),
  );
  vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
  return () => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  };
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

  it('draws no chart while the rep types on the board, idle time between the keys; draws them once the rep pauses', async () => {
    await createDeal(dom.client);
    render(false);
    // A key every 50 ms for 4 s (past the preload's own wait), the page idle between them: one
    // chart drawn ahead is a task of 30–150 ms at 100,000 deals, the next key would wait for it.
    const typedUntil = performance.now() + 4_000;
    while (performance.now() < typedUntil) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    }
    expect(drawnAhead()).toBe(false);
    expect(charts.renders).toBe(0);
    // The rep paused: the view is drawn ahead, its charts one per idle moment.
    await dom.settle(() => drawnAhead() && charts.renders > 0, 600);
  });

  it('a change while hidden keeps it mounted and out of date, asks nothing behind the board, and the visit asks once and redraws only where it changed', async () => {
    const deal = await createDeal(dom.client);
    render(false);
    await dom.settle(() => drawnAhead() && q('.insights[data-ready="true"]') !== null, 400);
    const view = q('.insights')!;
    const drawnBefore = charts.renders;
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));

    // The deal moves while Insights is hidden: the view is not ready (never shown as current
    // with the old figures), and it asks nothing, even once the page is idle: no query and no
    // redraw behind the rep's next move or keystroke.
    await act(() => moveToNurturing(dom.client, deal.id));
    await dom.settle(() => view.getAttribute('data-ready') === 'false');
    expect(view.getAttribute('aria-busy')).toBe('true');
    act(() => idle.splice(0).forEach((run) => run()));
    for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(dashboards()).toBe(1);
    expect(charts.renders).toBe(drawnBefore);

    // The visit: the same view, asked once, and only the charts whose figures changed drawn again.
    render(true);
    expect(q('.insights')).toBe(view);
    await dom.settle(() => view.getAttribute('data-ready') === 'true');
    expect(dashboards()).toBe(2);
    const redrawn = charts.renders - drawnBefore;
    expect(redrawn).toBeGreaterThan(0);
    expect(redrawn).toBeLessThanOrEqual(3); // the stage charts; not activity, sources or outcomes
    expect(Object.values(funnelRows(dom.host))).toEqual([1]);
    expect(Object.keys(funnelRows(dom.host))).toEqual(['Lead Nurturing']);
  });

  it('a visit after a change asks at once, and is ready only with the new figures', async () => {
    const deal = await createDeal(dom.client);
    render(false);
    await dom.settle(() => drawnAhead() && q('.insights[data-ready="true"]') !== null, 400);
    vi.stubGlobal('requestIdleCallback', () => 1); // the page never idles
    await act(() => moveToNurturing(dom.client, deal.id));
    held = [];
    render(true);
    const view = q('.insights')!;
    await dom.settle(() => held!.length === 1);
    expect(view.getAttribute('data-ready')).toBe('false');
    await act(async () => held!.forEach((release) => release()));
    await dom.settle(() => view.getAttribute('data-ready') === 'true');
    expect(Object.keys(funnelRows(dom.host))).toEqual(['Lead Nurturing']);
    expect(dashboards()).toBe(2);
  });

  it('a visit after a change asks My numbers only once its charts are drawn, not beside the dashboard', async () => {
    const deal = await createDeal(dom.client);
    render(true);
    await dom.settle(() => q('.insights[data-ready="true"]') !== null && asked.includes('insights.numbers'));
    render(false);
    await act(() => moveToNurturing(dom.client, deal.id));
    const before = asked.length;
    const insightsAsks = () =>
      asked.slice(before).filter((m) => m === 'insights.dashboard' || m === 'insights.numbers');
    held = [];
    render(true);
    await dom.settle(() => held!.length === 1);
    for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(insightsAsks()).toEqual(['insights.dashboard']);
    await act(async () => held!.forEach((release) => release()));
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    await dom.settle(() => insightsAsks().length === 2);
    expect(insightsAsks()).toEqual(['insights.dashboard', 'insights.numbers']);
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

  it('a view that failed is tried again when the rep leaves it and comes back', async () => {
    await createDeal(dom.client);
    funnel.failing = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the failure
    render(true);
    await dom.settle(() => q('.view-error') !== null);
    expect(q('.insights')).toBeNull();

    funnel.failing = false;
    render(false);
    render(true);
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    expect(q('.view-error')).toBeNull();
    expect(dealsInFunnel()).toBe(1);
  });
});
