/**
 * Insights draws its charts as soon as the dashboard answers: "My numbers" is asked for only once
 * they have drawn (its read never holds up the dashboard's in the store), says in words that it is
 * loading meanwhile, and fills its own section when its answer comes. Against the real store; the
 * numbers' answer is held back until the test lets it go.
 */
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setPlatform } from '../../state/session';
import { renderedWithStore } from '../../testing/storeDom';
import { MoneyProvider } from '../../ui/money';
import { createDeal, dealsInFunnel as funnelDeals, holdingPlatform } from '../../testing/insightsDom';
import { InsightsView } from './InsightsView';

/** Every Recharts chart drawn (each BarChart render), counted through a pass-through wrapper. */
const charts = vi.hoisted(() => ({ renders: 0 }));
vi.mock('recharts', async (importOriginal) =>
  (await import('../../testing/countedRecharts')).countedRecharts(importOriginal, charts),
);

const dom = renderedWithStore();

/** Store calls in the order the view made them, and the held numbers answers to release. */
let asked: string[] = [];
let held: (() => void)[] = [];

beforeEach(() => {
  charts.renders = 0;
  asked = [];
  held = [];
  setPlatform(holdingPlatform(dom.client, asked, 'insights.numbers', () => held));
});

const q = (selector: string) => dom.host.querySelector(selector);

function renderView() {
  act(() =>
    dom.root.render(
      <MoneyProvider>
        <InsightsView />
      </MoneyProvider>,
    ),
  );
}

describe('the Insights view', () => {
  it('draws every chart while My numbers is still pending, and asks for the numbers only after', async () => {
    await createDeal(dom.client);
    renderView();
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    // Every chart is on the page; My numbers says what is coming, in words, not a bare spinner.
    expect(dom.host.querySelectorAll('[data-chart]').length).toBeGreaterThan(0);
    const panel = q('[data-testid="my-numbers"]')!;
    expect(panel.getAttribute('data-loaded')).toBe('false');
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(q('[data-testid="my-numbers-pending"]')?.textContent).toMatch(/Loading your/);
    // The dashboard was asked first; the numbers only once the charts had drawn.
    expect(asked.indexOf('insights.dashboard')).toBeGreaterThanOrEqual(0);
    expect(asked.indexOf('insights.numbers')).toBeGreaterThan(asked.indexOf('insights.dashboard'));
    await dom.settle(() => held.length > 0);

    // The numbers' answer arrives: the section fills, the charts stay.
    await act(async () => held.forEach((release) => release()));
    await dom.settle(() => panel.getAttribute('data-loaded') === 'true');
    expect(q('[data-testid="my-numbers-pending"]')).toBeNull();
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(panel.querySelectorAll('[data-figure]').length).toBeGreaterThan(0);
    expect(q('.insights[data-ready="true"]')).not.toBeNull();
  });

  it('draws each chart once per answer: charts reporting "drawn", readiness and My numbers redraw none', async () => {
    await createDeal(dom.client);
    renderView();
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    const perAnswer = dom.host.querySelectorAll('[data-chart]').length;
    expect(perAnswer).toBeGreaterThan(0);
    expect(charts.renders).toBe(perAnswer);

    // My numbers arrives and fills its section: no chart is drawn again.
    await dom.settle(() => held.length > 0);
    await act(async () => held.forEach((release) => release()));
    await dom.settle(() => q('[data-testid="my-numbers"]')?.getAttribute('data-loaded') === 'true');
    expect(charts.renders).toBe(perAnswer);

    // Another period is a new answer: a chart whose figures differ is drawn once more, once; the
    // others keep theirs (for this one deal, created today, only the weeks of activity differ).
    const period = dom.host.querySelector<HTMLSelectElement>('.insights-toolbar select')!;
    act(() => {
      period.value = '30d';
      period.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await dom.settle(() => q('.insights[data-ready="true"]') !== null && charts.renders > perAnswer);
    expect(charts.renders).toBe(perAnswer + 1);
  });

  it('a return draws the kept answer at once; after a change to the data it asks again and shows the new figures', async () => {
    const dealsInFunnel = () => funnelDeals(dom.host);
    const dashboards = () => asked.filter((m) => m === 'insights.dashboard').length;
    await createDeal(dom.client);
    renderView();
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    expect(dashboards()).toBe(1);
    expect(dealsInFunnel()).toBe(1);
    act(() => dom.root.render(null));

    // Nothing changed: the charts are drawn in the very render that opens the view, unasked.
    renderView();
    expect(dom.host.querySelectorAll('[data-chart] figure').length).toBeGreaterThan(0);
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    expect(dashboards()).toBe(1);
    expect(dealsInFunnel()).toBe(1);
    act(() => dom.root.render(null));

    // A deal is added while Insights is closed: the kept answer is dropped, the next visit asks.
    await createDeal(dom.client);
    renderView();
    expect(q('[data-chart]')).toBeNull();
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    expect(dashboards()).toBe(2);
    expect(dealsInFunnel()).toBe(2);
    await dom.settle(() => held.length > 0);
    await act(async () => held.forEach((release) => release()));
  });
});
