/**
 * Opening a deal's workspace shows its header at once and fills the rest as it arrives
 * (issue 13). The store is held (no call it is asked answers until released): opened from a
 * card, the header is on screen in the render of the open, from the card the board holds;
 * the rest is labelled placeholders until the store answers. Against the real store.
 */
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../../../shared/model';
import type { RpcClient } from '../../../../shared/rpc/client';
import type { MethodName } from '../../../../shared/rpc/contract';
import type { Platform } from '../../platform/types';
import { offerDealPeeks } from '../../state/dealPeek';
import { useDealFlow } from '../../state/dealFlow';
import { setPlatform } from '../../state/session';
import { renderedWithStore } from '../../testing/storeDom';
import { DealWorkspace } from './DealWorkspace';

const dom = renderedWithStore();

beforeEach(() => useDealFlow.getState().setTab('overview'));
// jsdom has no CSS.escape (closing the workspace gives focus back to the deal's card with it).
(globalThis as { CSS?: Partial<typeof CSS> }).CSS ??= { escape: (text: string) => text };

/** The store as the workspace sees it: every call waits until `release`. */
function holdStore() {
  const asked: MethodName[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const { client } = dom;
  const call = ((method, input) => {
    asked.push(method);
    return gate.then(() => client.call(method, input));
  }) as RpcClient['call'];
  setPlatform({
    kind: 'browser',
    store: { ...client, call },
    onReconnect: () => () => undefined,
  } as unknown as Platform);
  return { asked, release: () => act(async () => open()) };
}

async function leadOnBoard() {
  const deal = await dom.client.call('deals.create', {
    title: 'Harbour cranes',
    companyName: 'Quay Works',
    contactName: 'Ola Dahl',
    contactEmail: 'ola@quay.example',
    source: 'event',
    value: 18_000,
  });
  const [pipeline] = (await dom.client.call('pipelines.list', {})) as [Pipeline];
  const [card] = await dom.client.call('board.cards', { pipelineId: pipeline.id, ids: [deal.id] });
  return { deal, pipeline, card: card! };
}

const workspace = () => dom.host.querySelector<HTMLElement>('section.workspace')!;
const heading = () => workspace().querySelector('h1')!;
/** The header's fact named `label`, as shown. */
const fact = (label: string) =>
  [...workspace().querySelectorAll('.facts > div')]
    .find((row) => row.querySelector('dt')?.textContent === label)
    ?.querySelector('dd')?.textContent;
const detailsForm = () => dom.byLabel('Deal details');
const filled = () => workspace()?.getAttribute('aria-busy') === 'false' && !!detailsForm();

describe('opening a deal’s workspace', () => {
  it('from a card: the header shows in the render of the open, the rest fills when the store answers', async () => {
    const { deal, pipeline, card } = await leadOnBoard();
    const withdraw = offerDealPeeks((id) => (id === deal.id ? { card, pipeline } : null));
    const store = holdStore();
    try {
      act(() => dom.root.render(<DealWorkspace dealId={deal.id} />));
      // Asked, and not answered: what shows comes from the card.
      expect(store.asked).toContain('deals.get');
      expect(workspace().getAttribute('aria-label')).toBe('Deal: Harbour cranes');
      expect(heading().textContent).toBe('Harbour cranes');
      expect(document.activeElement).toBe(heading());
      expect(fact('Company')).toBe('Quay Works');
      expect(fact('Stage')).toBe(pipeline.stages[0]!.name);
      expect(fact('Status')).toBe('open');
      expect(fact('Value')).toContain('18,000');
      expect(dom.host.querySelector('#move-target')).toBeTruthy();
      // The rest: the tabs, and a labelled placeholder where the overview goes.
      expect(workspace().getAttribute('aria-busy')).toBe('true');
      expect(workspace().querySelectorAll('[role="tab"]')).toHaveLength(5);
      const panel = workspace().querySelector('[role="tabpanel"]')!;
      expect(panel.querySelector('[aria-busy="true"]')?.textContent).toContain('Loading the overview…');
      expect(detailsForm()).toBeUndefined();

      await store.release();
      await dom.settle(filled);
      expect(detailsForm()!.querySelector<HTMLInputElement>('input[name="value"]')!.value).toBe('18000');
      expect(heading().textContent).toBe('Harbour cranes');
      expect(fact('Stage')).toBe(pipeline.stages[0]!.name);
      expect(workspace().querySelector('[role="tabpanel"] [aria-busy="true"]')).toBeNull();
    } finally {
      withdraw();
    }
  });

  it('without a card (palette, follow-ups, a link): labelled placeholders, then the header when the deal arrives', async () => {
    const { deal, pipeline } = await leadOnBoard();
    const store = holdStore();
    act(() => dom.root.render(<DealWorkspace dealId={deal.id} />));
    expect(store.asked).toContain('deals.get');
    expect(heading().textContent).toBe('Deal');
    expect(document.activeElement).toBe(heading());
    const header = workspace().querySelector('.workspace-header')!;
    expect(header.getAttribute('aria-busy')).toBe('true');
    expect(header.textContent).toContain('Loading the deal…');
    expect(fact('Stage')).toBe('…');
    expect(workspace().getAttribute('aria-busy')).toBe('true');

    await store.release();
    await dom.settle(filled);
    expect(heading().textContent).toBe('Harbour cranes');
    expect(fact('Stage')).toBe(pipeline.stages[0]!.name);
    expect(fact('Company')).toBe('Quay Works');
    expect(workspace().querySelector('.workspace-header')!.getAttribute('aria-busy')).toBeNull();
  });

  it('what the rep did before the deal arrived is kept when it fills in', async () => {
    const { deal, pipeline, card } = await leadOnBoard();
    const withdraw = offerDealPeeks((id) => (id === deal.id ? { card, pipeline } : null));
    const store = holdStore();
    try {
      act(() => dom.root.render(<DealWorkspace dealId={deal.id} />));
      const target = pipeline.stages[1]!;
      act(() => dom.type(dom.host.querySelector<HTMLSelectElement>('#move-target')!, target.id));
      // "c" logs a call: it switches to the timeline at once, and the form opens when it can.
      act(() => {
        heading().dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
      });
      expect(workspace().querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Timeline');

      await store.release();
      await dom.settle(() => workspace().getAttribute('aria-busy') === 'false');
      expect(dom.host.querySelector<HTMLSelectElement>('#move-target')!.value).toBe(target.id);
      expect(dom.byText('Move')).toHaveProperty('disabled', false);
      const subject = dom.host.querySelector<HTMLInputElement>('input[name="subject"]');
      expect(subject).toBeTruthy();
      expect(document.activeElement).toBe(subject);
    } finally {
      withdraw();
    }
  });
});
