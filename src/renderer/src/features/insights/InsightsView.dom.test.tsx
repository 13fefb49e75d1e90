/**
 * Insights draws its charts as soon as the dashboard answers: "My numbers" is asked for only once
 * they have drawn (its read never holds up the dashboard's in the store), says in words that it is
 * loading meanwhile, and fills its own section when its answer comes. Against the real store; the
 * numbers' answer is held back until the test lets it go.
 */
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../platform/types';
import { setPlatform } from '../../state/session';
import { renderedWithStore } from '../../testing/storeDom';
import { MoneyProvider } from '../../ui/money';
import { InsightsView } from './InsightsView';

const dom = renderedWithStore();

/** Store calls in the order the view made them, and the held numbers answers to release. */
let asked: string[] = [];
let held: (() => void)[] = [];

beforeEach(() => {
  asked = [];
  held = [];
  const client = dom.client;
  const store = {
    ...client,
    on: client.on.bind(client),
    call(method: string, input: unknown) {
      asked.push(method);
      const answer = (client.call as (m: string, i: unknown) => Promise<unknown>)(method, input);
      if (method !== 'insights.numbers') return answer;
      return new Promise((resolve, reject) => held.push(() => void answer.then(resolve, reject)));
    },
  };
  setPlatform({ kind: 'browser', store, onReconnect: () => () => undefined } as unknown as Platform);
});

const q = (selector: string) => dom.host.querySelector(selector);

describe('the Insights view', () => {
  it('draws every chart while My numbers is still pending, and asks for the numbers only after', async () => {
    await dom.client.call('deals.create', {
      title: 'Harbour cranes',
      companyName: 'Quay Works',
      contactName: 'Ola Dahl',
      contactEmail: 'ola@quay.example',
      source: 'event',
      value: 12_000,
    });
    act(() =>
      dom.root.render(
        <MoneyProvider>
          <InsightsView />
        </MoneyProvider>,
      ),
    );
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
});
