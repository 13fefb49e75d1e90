/**
 * The handoff components against the real store, rendered with react-dom in jsdom:
 * follow-on dialog, starting a checklist.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createWonDeal, WON_DEAL } from '../../../../../shared/domains/handoff/testing/wonDeal';
import { renderedWithStore } from '../../../testing/storeDom';
import { FollowOnButton } from './FollowOnButton';
import { HandoffPanel } from './HandoffPanel';

const dom = renderedWithStore();
const { settle, byText, type, click } = dom;

describe('FollowOnButton', () => {
  it('opens a follow-on from a won deal through a labelled dialog', async () => {
    const { deal } = await createWonDeal(dom.client);
    act(() => dom.root.render(<FollowOnButton deal={deal} />));
    await click(byText('Open follow-on opportunity'));
    const dialog = dom.host.querySelector('[role="dialog"]')!;
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
    await settle(() => !!dom.host.querySelector('.follow-on-done'));
    const children = await dom.harness.host.db.deals.where('parentDealId').equals(deal.id).toArray();
    expect(children).toHaveLength(1);
    expect(children[0]).toMatchObject({ title: 'Route optimisation', value: 25000, status: 'open' });
  });

  it('renders nothing for a deal that is not won', async () => {
    const open = await dom.client.call('deals.create', {
      title: 'Open',
      companyName: '',
      contactName: '',
      contactEmail: '',
      source: 'event',
      value: 0,
    });
    act(() => dom.root.render(<FollowOnButton deal={open} />));
    expect(dom.host.innerHTML).toBe('');
  });
});

describe('HandoffPanel', () => {
  it('offers to start the checklist for a won deal without one, then shows it prefilled', async () => {
    const { deal } = await createWonDeal(dom.client, { toPostSale: false });
    const detail = await dom.client.call('deals.get', { id: deal.id });
    act(() => dom.root.render(<HandoffPanel detail={detail} />));
    await settle(() => !!byText('Start handoff checklist'));
    await click(byText('Start handoff checklist'));
    await settle(() => !!dom.host.querySelector('.handoff-section'));
    const goal = [...dom.host.querySelectorAll('textarea')][0]!;
    expect(goal.value).toBe(WON_DEAL.priority);
    expect(dom.host.querySelector('.handoff-progress label')?.textContent).toMatch(
      /^0 of \d+ items ticked \(0%\)$/,
    );
  });
});
