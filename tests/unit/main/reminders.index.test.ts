import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RpcClient } from '../../../src/shared/rpc/client';
import type { AgendaItem } from '../../../src/shared/domains/followUps/contract';
import type { ChangeEvent } from '../../../src/shared/rpc/views';
import { makeFollowUp } from '../../../src/shared/model';

const fakes = vi.hoisted(() => {
  class FakeNotification {
    static supported = true;
    static shown: FakeNotification[] = [];
    static isSupported() {
      return FakeNotification.supported;
    }
    readonly handlers = new Map<string, ((...args: unknown[]) => void)[]>();
    constructor(readonly options: { title: string; body: string; actions?: { text: string }[] }) {}
    on(event: string, handler: (...args: unknown[]) => void) {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const handler of this.handlers.get(event) ?? []) handler(...args);
    }
    show() {
      FakeNotification.shown.push(this);
    }
  }
  return { FakeNotification, powerMonitor: { emitter: null as EventEmitter | null } };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  fakes.powerMonitor.emitter = new Emitter();
  return { Notification: fakes.FakeNotification, powerMonitor: fakes.powerMonitor.emitter };
});

const { startReminders } = await import('../../../src/main/reminders/index');

const NOW = 1_700_000_000_000;
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

function item(id: string, dealId: string | null, dueAt = NOW - 60_000): AgendaItem {
  return {
    ...makeFollowUp({ id, dealId, dueAt, type: 'call', note: 'Discuss pricing' }, NOW - 86_400_000),
    dealTitle: dealId ? `Deal ${dealId}` : '',
    companyName: 'Acme',
  };
}

function fakeClient(due: AgendaItem[]) {
  const calls: { method: string; input: unknown }[] = [];
  const listeners = new Set<(e: ChangeEvent) => void>();
  let pending = [...due];
  const client = {
    async call(method: string, input: unknown) {
      calls.push({ method, input });
      switch (method) {
        case 'followUps.claimDue': {
          const claimed = pending;
          pending = [];
          return { claimed, nextDue: null };
        }
        default:
          return {};
      }
    },
    on(_event: string, listener: (e: ChangeEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reconnect() {},
    close() {},
  } as unknown as RpcClient;
  const emit = (e: ChangeEvent) => listeners.forEach((l) => l(e));
  const count = (method: string) => calls.filter((c) => c.method === method).length;
  return { client, calls, emit, count, listeners };
}

const idleTimers = { setTimeout: () => 0, clearTimeout: () => undefined };

function start(due: AgendaItem[], extra: { platform?: NodeJS.Platform; openAgenda?: () => void } = {}) {
  const store = fakeClient(due);
  const openDeal = vi.fn();
  const reminders = startReminders({
    client: store.client,
    openDeal,
    clock: { now: () => NOW },
    timers: idleTimers,
    log: () => undefined,
    ...extra,
  });
  return { ...store, openDeal, reminders };
}

describe('startReminders (electron mocked)', () => {
  beforeEach(() => {
    fakes.FakeNotification.shown = [];
    fakes.FakeNotification.supported = true;
    fakes.powerMonitor.emitter?.removeAllListeners();
  });

  it('shows a missed follow-up and a click opens its deal', async () => {
    const { openDeal, reminders } = start([item('f1', 'd1')]);
    await flush();
    expect(fakes.FakeNotification.shown).toHaveLength(1);
    const [shown] = fakes.FakeNotification.shown;
    expect(shown?.options.title).toBe('Deal d1');
    expect(shown?.options.body).toBe('Call: Discuss pricing · Acme');
    shown?.emit('click');
    expect(openDeal).toHaveBeenCalledWith('d1');
    reminders.stop();
  });

  it('a summary click opens the agenda view', async () => {
    const openAgenda = vi.fn();
    const { openDeal, reminders } = start(
      ['a', 'b', 'c', 'd'].map((id) => item(id, `d-${id}`, NOW - 3_600_000)),
      { openAgenda },
    );
    await flush();
    expect(fakes.FakeNotification.shown).toHaveLength(1);
    const [summary] = fakes.FakeNotification.shown;
    expect(summary?.options.title).toBe('4 follow-ups are overdue');
    summary?.emit('click');
    expect(openAgenda).toHaveBeenCalledTimes(1);
    expect(openDeal).not.toHaveBeenCalled();
    reminders.stop();
  });

  it('offers Done and Snooze 1 h on macOS, calling the store', async () => {
    const { calls, reminders } = start([item('f1', 'd1')], { platform: 'darwin' });
    await flush();
    const [shown] = fakes.FakeNotification.shown;
    expect(shown?.options.actions?.map((a) => a.text)).toEqual(['Done', 'Snooze 1 h']);
    shown?.emit('action', { actionIndex: 1 });
    shown?.emit('action', { actionIndex: 0 });
    await flush();
    expect(calls).toContainEqual({ method: 'followUps.snooze', input: { id: 'f1', until: NOW + 3_600_000 } });
    expect(calls).toContainEqual({ method: 'followUps.complete', input: { id: 'f1' } });
    reminders.stop();
  });

  it('has no action buttons on Linux', async () => {
    const { reminders } = start([item('f1', 'd1')], { platform: 'linux' });
    await flush();
    expect(fakes.FakeNotification.shown[0]?.options.actions).toBeUndefined();
    reminders.stop();
  });

  it('re-arms on resume, unlock and follow-up changes, but not on silent bookkeeping (its own claims)', async () => {
    const { count, emit, reminders } = start([]);
    await flush();
    const before = count('followUps.claimDue');
    fakes.powerMonitor.emitter?.emit('resume');
    await flush();
    fakes.powerMonitor.emitter?.emit('unlock-screen');
    await flush();
    emit({ tables: ['followUps', 'deals'], method: 'followUps.snooze', silent: false, dealIds: ['d1'] });
    await flush();
    expect(count('followUps.claimDue')).toBe(before + 3);
    emit({ tables: ['followUps'], method: 'followUps.claimDue', silent: true, dealIds: [] });
    emit({ tables: ['deals'], method: 'deals.update', silent: false, dealIds: ['d1'] });
    await flush();
    expect(count('followUps.claimDue')).toBe(before + 3);
    reminders.stop();
  });

  it('each check is one round trip to the store: a claim that also says when the next is due', async () => {
    const { calls, reminders } = start([item('f1', 'd1')]);
    await flush();
    fakes.powerMonitor.emitter?.emit('resume');
    await flush();
    expect(calls).toEqual([
      { method: 'followUps.claimDue', input: { until: NOW } },
      { method: 'followUps.claimDue', input: { until: NOW } },
    ]);
    expect(fakes.FakeNotification.shown).toHaveLength(1);
    reminders.stop();
  });

  it('stop() detaches every listener', async () => {
    const { listeners, count, reminders } = start([]);
    await flush();
    reminders.stop();
    expect(listeners.size).toBe(0);
    expect(fakes.powerMonitor.emitter?.listenerCount('resume')).toBe(0);
    const before = count('followUps.claimDue');
    fakes.powerMonitor.emitter?.emit('resume');
    await flush();
    expect(count('followUps.claimDue')).toBe(before);
  });
});
