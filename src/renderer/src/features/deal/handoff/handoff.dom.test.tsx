/**
 * The handoff components against the real store (fake IndexedDB, real RPC transport),
 * rendered with react-dom in jsdom: template editor, follow-on dialog, starting a checklist.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RpcClient } from '../../../../../shared/rpc/client';
import { createWonDeal, WON_DEAL } from '../../../../../shared/domains/handoff/testing/wonDeal';
import type { Platform } from '../../../platform/types';
import { setPlatform } from '../../../state/session';
import { startHarness, type Harness } from '../../../../../shared/store/testing/harness';
import { FollowOnButton } from './FollowOnButton';
import { HandoffPanel } from './HandoffPanel';
import { HandoffTemplateEditor } from '../../settings/HandoffTemplateEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// A store on fake IndexedDB in jsdom is slow on a busy 2-core machine: never fail on time.
vi.setConfig({ testTimeout: 30_000 });

let h: Harness;
let client: RpcClient;
let root: Root;
let host: HTMLDivElement;

beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
  setPlatform({ kind: 'browser', store: client, onReconnect: () => () => undefined } as unknown as Platform);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(async () => {
  act(() => root.unmount());
  host.remove();
  await h.close();
});

/** Let store calls and the re-renders they cause settle. */
async function settle(until: () => boolean, tries = 200) {
  for (let i = 0; i < tries && !until(); i++) {
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  expect(until()).toBe(true);
}

const byText = (text: string, selector = 'button') =>
  [...host.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.trim() === text);
const byLabel = (label: string) =>
  [...host.querySelectorAll<HTMLElement>('[aria-label]')].find(
    (el) => el.getAttribute('aria-label') === label,
  );

function type(input: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

async function click(el: HTMLElement | null | undefined) {
  expect(el).toBeTruthy();
  await act(async () => el!.click());
}

describe('HandoffTemplateEditor', () => {
  it('renames, adds and reorders, saves through the store, and new checklists use it', async () => {
    act(() => root.render(<HandoffTemplateEditor />));
    await settle(() => !!host.querySelector('.template-section'));
    const save = () => byText('Save template') as HTMLButtonElement;
    expect(save().disabled).toBe(true);

    const firstTitle = host.querySelector<HTMLInputElement>('.template-title input')!;
    await act(async () => type(firstTitle, 'Why they bought'));
    const newSection = host.querySelector<HTMLInputElement>('input[placeholder="New section title…"]')!;
    await act(async () => type(newSection, 'Data migration'));
    await click(byText('Add section'));
    await click(byLabel('Move section "Data migration" up'));
    expect(host.textContent).toContain('Unsaved changes');

    await click(save());
    await settle(() => host.querySelector('.template-actions [role="status"]')?.textContent === 'Saved');
    const stored = (await client.call('settings.get', {})).handoffTemplate;
    expect(stored[0]!.title).toBe('Why they bought');
    expect(stored.at(-2)).toEqual({ key: 'data-migration', title: 'Data migration', items: [] });

    act(() => root.render(null));
    const { deal } = await createWonDeal(client);
    const checklist = await client.call('handoff.get', { dealId: deal.id });
    expect(checklist?.sections[0]).toMatchObject({ key: 'priorities', title: 'Why they bought' });
    expect(checklist?.sections.map((s) => s.key)).toContain('data-migration');
  });

  it('will not save a blank title and says why', async () => {
    act(() => root.render(<HandoffTemplateEditor />));
    await settle(() => !!host.querySelector('.template-section'));
    await act(async () => type(host.querySelector<HTMLInputElement>('.template-title input')!, '  '));
    expect(host.textContent).toContain('Section 1 needs a title.');
    expect((byText('Save template') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('FollowOnButton', () => {
  it('opens a follow-on from a won deal through a labelled dialog', async () => {
    const { deal } = await createWonDeal(client);
    act(() => root.render(<FollowOnButton deal={deal} />));
    await click(byText('Open follow-on opportunity'));
    const dialog = host.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Open follow-on opportunity',
    );
    await act(async () => type(dialog.querySelector('select')!, 'add-on'));
    const [title, value] = dialog.querySelectorAll('input');
    await act(async () => {
      type(title!, 'Route optimisation');
      type(value!, '25000');
    });
    await click(byText('Create follow-on'));
    await settle(() => !!host.querySelector('.follow-on-done'));
    const children = await h.host.db.deals.where('parentDealId').equals(deal.id).toArray();
    expect(children).toHaveLength(1);
    expect(children[0]).toMatchObject({ title: 'Route optimisation', value: 25000, status: 'open' });
  });

  it('renders nothing for a deal that is not won', async () => {
    const open = await client.call('deals.create', {
      title: 'Open',
      companyName: '',
      contactName: '',
      contactEmail: '',
      source: 'event',
      value: 0,
    });
    act(() => root.render(<FollowOnButton deal={open} />));
    expect(host.innerHTML).toBe('');
  });
});

describe('HandoffPanel', () => {
  it('offers to start the checklist for a won deal without one, then shows it prefilled', async () => {
    const { deal } = await createWonDeal(client, { toPostSale: false });
    const detail = await client.call('deals.get', { id: deal.id });
    act(() => root.render(<HandoffPanel detail={detail} />));
    await settle(() => !!byText('Start handoff checklist'));
    await click(byText('Start handoff checklist'));
    await settle(() => !!host.querySelector('.handoff-section'));
    const goal = [...host.querySelectorAll('textarea')][0]!;
    expect(goal.value).toBe(WON_DEAL.priority);
    expect(host.querySelector('.handoff-progress label')?.textContent).toMatch(
      /^0 of \d+ items ticked \(0%\)$/,
    );
  });
});
