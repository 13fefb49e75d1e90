import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import {
  startBrowserReminders,
  type BrowserReminders,
} from '../../src/renderer/src/platform/browserReminders';
import type { Toast } from '../../src/renderer/src/ui/toast';
import { startHarness, until, type Harness } from '../../src/shared/store/testing/harness';

/** Timers the test fires by hand: nothing here waits on real time. */
function manualTimers() {
  let seq = 0;
  const pending = new Map<number, { fn: () => void; ms: number }>();
  return {
    timers: {
      setTimeout: (fn: () => void, ms: number) => {
        pending.set(++seq, { fn, ms });
        return seq;
      },
      clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    },
    delays: () => [...pending.values()].map((p) => p.ms).sort((a, b) => a - b),
    /** Fire the armed timer with this delay (as if that much time had passed). */
    fire(ms: number) {
      const [id, timer] = [...pending.entries()].find(([, t]) => t.ms === ms) ?? [];
      if (id === undefined || !timer) throw new Error(`no ${ms} ms timer armed`);
      pending.delete(id);
      timer.fn();
    },
  };
}

const lead = {
  title: 'Fleet pilot',
  companyName: 'Harbor Mobility',
  contactName: '',
  contactEmail: '',
  source: 'event' as const,
  value: 0,
};

let h: Harness;
let client: RpcClient;
let pageNow: number;
let toasts: Omit<Toast, 'id'>[];
let summaries: { title: string; body: string }[];
let webNotified: { title: string; tag: string }[];
let opened: string[];
let reminders: BrowserReminders | null;
let allowWeb: boolean;

beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
  pageNow = h.clock.now();
  toasts = [];
  summaries = [];
  webNotified = [];
  opened = [];
  allowWeb = false;
  reminders = null;
});
afterEach(async () => {
  reminders?.stop();
  await h.close();
});

function start(timers = manualTimers()) {
  reminders = startBrowserReminders({
    store: client,
    webNotify: (n) => {
      if (allowWeb) webNotified.push({ title: n.title, tag: n.tag });
      return allowWeb;
    },
    toast: (t) => toasts.push(t),
    summary: (x) => summaries.push(x),
    openDeal: (id) => opened.push(id),
    openAgenda: () => opened.push('agenda'),
    clock: { now: () => pageNow },
    timers: timers.timers,
    log: () => undefined,
  });
  return timers;
}

const action = (toast: Omit<Toast, 'id'> | undefined, label: string) => {
  const found = toast?.actions?.find((a) => a.label === label);
  if (!found) throw new Error(`no ${label} action`);
  return found;
};

describe('browser-mode reminders', () => {
  it('shows a due follow-up as a lasting toast with Open / Done / Snooze 1 h, once', async () => {
    const deal = await client.call('deals.create', lead);
    const f = await client.call('followUps.create', {
      dealId: deal.id,
      dueAt: pageNow - 1000,
      type: 'call',
      note: 'Intro',
    });
    start();
    await until(() => toasts.length === 1);
    expect(toasts[0]).toMatchObject({
      title: 'Fleet pilot',
      body: 'Call: Intro · Harbor Mobility',
      persistent: true,
    });
    expect(toasts[0]?.actions?.map((a) => a.label)).toEqual(['Open', 'Done', 'Snooze 1 h']);
    const [stored] = await client.call('followUps.agenda', {});
    expect(stored?.firedAt).toBe(pageNow);
    await reminders?.rearm();
    expect(toasts).toHaveLength(1);

    action(toasts[0], 'Open').run();
    expect(opened).toEqual([deal.id]);
    action(toasts[0], 'Done').run();
    await expect.poll(async () => (await client.call('followUps.agenda', {})).length).toBe(0);
    expect((await client.call('deals.get', { id: deal.id })).followUps).toMatchObject([
      { id: f.id, status: 'done' },
    ]);
  });

  it('Snooze 1 h moves it an hour past the page clock, and it fires again then', async () => {
    const deal = await client.call('deals.create', lead);
    const f = await client.call('followUps.create', { dealId: deal.id, dueAt: pageNow, type: 'call' });
    const timers = start();
    await until(() => toasts.length === 1);
    action(toasts[0], 'Snooze 1 h').run();
    await expect
      .poll(async () => (await client.call('followUps.agenda', {}))[0]?.dueAt)
      .toBe(pageNow + 3_600_000);
    const [snoozed] = await client.call('followUps.agenda', {});
    expect(snoozed).toMatchObject({ id: f.id, status: 'snoozed', firedAt: null });

    await expect.poll(() => timers.delays()).toContain(3_600_000);
    pageNow += 3_600_000;
    timers.fire(3_600_000);
    await until(() => toasts.length === 2);
    expect(toasts[1]?.title).toBe('Fleet pilot');
  });

  it('arms a timer for a follow-up created later and fires it when due', async () => {
    const timers = start();
    const deal = await client.call('deals.create', lead);
    await client.call('followUps.create', { dealId: deal.id, dueAt: pageNow + 3000, type: 'meeting' });
    await expect.poll(() => timers.delays()).toContain(3000);
    expect(toasts).toEqual([]);
    pageNow += 3000;
    timers.fire(3000);
    await until(() => toasts.length === 1);
    expect(toasts[0]?.body).toBe('Meeting · Harbor Mobility');
  });

  it('uses a Web Notification when permitted, tagged with the follow-up', async () => {
    allowWeb = true;
    const deal = await client.call('deals.create', lead);
    const f = await client.call('followUps.create', { dealId: deal.id, dueAt: pageNow, type: 'call' });
    start();
    await until(() => webNotified.length === 1);
    expect(webNotified).toEqual([{ title: 'Fleet pilot', tag: f.id }]);
    expect(toasts).toEqual([]);
  });

  it('sums up many missed reminders in one banner, worded for inside the app, and no toast', async () => {
    const deal = await client.call('deals.create', lead);
    for (let i = 0; i < 5; i++)
      await client.call('followUps.create', {
        dealId: deal.id,
        dueAt: pageNow - 3_600_000 - i,
        type: 'task',
      });
    start();
    await until(() => summaries.length === 1);
    expect(summaries[0]?.title).toBe('5 follow-ups are overdue');
    expect(summaries[0]?.body).toBe('Fleet pilot, Fleet pilot, Fleet pilot and 2 more.');
    expect(toasts).toEqual([]);
  });
});
