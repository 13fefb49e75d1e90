/**
 * A visit to Insights before it was drawn ahead (the rep went straight from typing on the board
 * to Insights): the dashboard is asked beside the load of the view's chunk, not after it, and the
 * view is drawn once both are in. Its own file: the chunk is loaded once per test file.
 */
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setPlatform } from '../state/session';
import { renderedWithStore } from '../testing/storeDom';
import { MoneyProvider } from '../ui/money';
import { createDeal, dealsInFunnel, holdingPlatform } from '../testing/insightsDom';
import { KeptInsights } from './KeptInsights';

const dom = renderedWithStore();
let asked: string[] = [];
/** Dashboard answers wait here until the test lets them go. */
let held: (() => void)[] = [];

beforeEach(() => {
  asked = [];
  held = [];
  setPlatform(holdingPlatform(dom.client, asked, 'insights.dashboard', () => held));
});

const q = (selector: string) => dom.host.querySelector(selector);
const dashboards = () => asked.filter((m) => m === 'insights.dashboard').length;

describe('Insights opened before it was drawn ahead', () => {
  it('asks the dashboard while its chunk loads, then draws it once', async () => {
    await createDeal(dom.client);
    act(() =>
      dom.root.render(
        <MoneyProvider>
          <KeptInsights shown />
        </MoneyProvider>,
      ),
    );
    // Asked in the visit's own commit, while the chunk is still loading.
    expect(dashboards()).toBe(1);
    expect(q('.kept-view [aria-busy="true"]')?.textContent).toBe('Loading…');
    expect(q('.insights')).toBeNull();
    // The chunk is in before the answer: the view waits for it, and does not ask again.
    await dom.settle(() => q('.insights') !== null);
    expect(dashboards()).toBe(1);
    await act(async () => held.splice(0).forEach((release) => release()));
    await dom.settle(() => q('.insights[data-ready="true"]') !== null);
    expect(dealsInFunnel(dom.host)).toBe(1);
    expect(dashboards()).toBe(1);
  });
});
