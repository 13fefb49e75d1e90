import { describe, expect, it } from 'vitest';
import {
  createReminderScheduler,
  MAX_TIMER_DELAY,
  type Reminder,
  type ReminderNotice,
  type SchedulerDeps,
} from './scheduler';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A fake clock and timer queue. Like Node and Chromium, a delay above 2^31-1 ms overflows
 * and fires after 1 ms, so an unchunked long timer would fire early here too.
 */
class FakeTime {
  now = 0;
  private seq = 0;
  private readonly queue = new Map<number, { at: number; fn: () => void }>();
  readonly delays: number[] = [];
  readonly clock = { now: () => this.now };
  readonly timers = {
    setTimeout: (fn: () => void, ms: number) => {
      this.delays.push(ms);
      const delay = ms > MAX_TIMER_DELAY ? 1 : Math.max(0, ms);
      const id = ++this.seq;
      this.queue.set(id, { at: this.now + delay, fn });
      return id;
    },
    clearTimeout: (handle: unknown) => {
      this.queue.delete(handle as number);
    },
  };

  get pending() {
    return this.queue.size;
  }

  /** Run every timer due up to `target`, in time order, letting async work settle. */
  async advanceTo(target: number) {
    for (let runs = 0; ; runs++) {
      if (runs > 100_000) throw new Error('runaway timers: something re-arms without waiting');
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.queue)
        if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.queue.delete(next[0]);
      this.now = Math.max(this.now, next[1].at);
      next[1].fn();
      await flush();
    }
    this.now = target;
    await flush();
  }

  advance(ms: number) {
    return this.advanceTo(this.now + ms);
  }

  /** The machine slept: wall time moves on, no timer ran. */
  sleep(ms: number) {
    this.now += ms;
  }
}

interface Row {
  reminder: Reminder;
  firedAt: number | null;
}

/** An in-memory store with the source's semantics (an atomic claim); claiming can be made to fail. */
class FakeSource {
  rows = new Map<string, Row>();
  failClaims = 0;
  claimCalls = 0;
  /** Claims that found something due (the store marked reminders fired). */
  markCalls = 0;

  add(id: string, dueAt: number, dealId: string | null = `deal-${id}`) {
    this.rows.set(id, { reminder: { id, dealId, title: `Deal ${id}`, body: 'Call', dueAt }, firedAt: null });
  }
  snooze(id: string, until: number) {
    const row = this.rows.get(id)!;
    this.rows.set(id, { reminder: { ...row.reminder, dueAt: until }, firedAt: null });
  }
  unfired() {
    return [...this.rows.values()].filter((r) => r.firedAt === null);
  }
  nextDue() {
    const open = this.unfired().map((r) => r.reminder.dueAt);
    return open.length ? Math.min(...open) : null;
  }
  readonly source = {
    claimDue: async (until: number) => {
      this.claimCalls++;
      if (this.failClaims > 0) {
        this.failClaims--;
        throw new Error('store unavailable');
      }
      const due = this.unfired()
        .filter((r) => r.reminder.dueAt <= until)
        .sort((a, b) => a.reminder.dueAt - b.reminder.dueAt);
      if (due.length > 0) this.markCalls++;
      for (const row of due) row.firedAt = until;
      return { due: due.map((r) => r.reminder), nextDue: this.nextDue() };
    },
  };
}

function setup(overrides: Partial<SchedulerDeps> = {}, startAt = 1_000_000) {
  const time = new FakeTime();
  time.now = startAt;
  const store = new FakeSource();
  const notices: ReminderNotice[] = [];
  const logs: string[] = [];
  const scheduler = createReminderScheduler({
    clock: time.clock,
    timers: time.timers,
    source: store.source,
    notify: (n) => notices.push(n),
    log: (message) => logs.push(message),
    ...overrides,
  });
  const firedIds = () =>
    notices.flatMap((n) => (n.kind === 'single' ? [n.reminder.id] : n.reminders.map((r) => r.id)));
  return { time, store, notices, logs, scheduler, firedIds, t0: startAt };
}

describe('reminder scheduler', () => {
  it('fires once at the due time: not before, not twice', async () => {
    const { time, store, notices, scheduler, t0 } = setup();
    store.add('a', t0 + HOUR);
    await scheduler.start();
    await time.advanceTo(t0 + HOUR - 1);
    expect(notices).toEqual([]);
    await time.advanceTo(t0 + HOUR);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'single', reminder: { id: 'a', dealId: 'deal-a' } });
    await scheduler.rearm();
    await scheduler.rearm();
    await time.advance(5 * HOUR);
    expect(notices).toHaveLength(1);
    expect(store.rows.get('a')!.firedAt).toBe(t0 + HOUR);
  });

  it('chunks long timers: a reminder 40 days out neither fires early nor is lost', async () => {
    // A tick as long as the platform allows, so the due timer's own chunking is what runs.
    const { time, store, notices, scheduler, t0 } = setup({ tickMs: MAX_TIMER_DELAY });
    store.add('far', t0 + 40 * DAY);
    await scheduler.start();
    await time.advanceTo(t0 + 40 * DAY - 1);
    expect(notices).toEqual([]);
    await time.advanceTo(t0 + 40 * DAY);
    expect(notices).toHaveLength(1);
    expect(Math.max(...time.delays)).toBeLessThanOrEqual(MAX_TIMER_DELAY);
    expect(time.delays.filter((d) => d === DAY).length).toBeGreaterThanOrEqual(39);
  });

  it('clamps a maxDelayMs above the platform limit', async () => {
    const { time, store, notices, scheduler, t0 } = setup({ tickMs: 10 * DAY, maxDelayMs: 100 * DAY });
    store.add('far', t0 + 60 * DAY);
    await scheduler.start();
    await time.advanceTo(t0 + 60 * DAY - 1);
    expect(notices).toEqual([]);
    await time.advanceTo(t0 + 60 * DAY);
    expect(notices).toHaveLength(1);
    expect(Math.max(...time.delays)).toBeLessThanOrEqual(MAX_TIMER_DELAY);
  });

  it('after a sleep, overdue reminders fire exactly once on rearm', async () => {
    const { time, store, scheduler, firedIds, t0 } = setup();
    store.add('a', t0 + HOUR);
    store.add('b', t0 + 2 * HOUR);
    store.add('later', t0 + 5 * HOUR);
    await scheduler.start();
    time.sleep(3 * HOUR); // no timer ran while asleep
    await scheduler.rearm();
    expect(firedIds().sort()).toEqual(['a', 'b']);
    // The stale timers from before the sleep now run too: nothing fires again.
    await time.advance(MIN);
    await scheduler.rearm();
    expect(firedIds().sort()).toEqual(['a', 'b']);
    await time.advanceTo(t0 + 5 * HOUR);
    expect(firedIds().sort()).toEqual(['a', 'b', 'later']);
  });

  it('a snoozed reminder is re-armed and fires again at its new time', async () => {
    const { time, store, notices, scheduler, t0 } = setup();
    store.add('a', t0 + HOUR);
    await scheduler.start();
    await time.advanceTo(t0 + HOUR);
    expect(notices).toHaveLength(1);
    store.snooze('a', t0 + 2 * HOUR); // the store clears firedAt and moves dueAt
    await scheduler.rearm(); // the store's change event
    await time.advanceTo(t0 + 2 * HOUR - 1);
    expect(notices).toHaveLength(1);
    await time.advanceTo(t0 + 2 * HOUR);
    expect(notices).toHaveLength(2);
    expect(notices[1]).toMatchObject({ kind: 'single', reminder: { id: 'a', dueAt: t0 + 2 * HOUR } });
  });

  it('at start-up shows many missed reminders as one summary', async () => {
    const { store, notices, scheduler, t0 } = setup();
    for (let i = 0; i < 5; i++) store.add(`m${i}`, t0 - (i + 1) * HOUR);
    await scheduler.start();
    expect(notices).toHaveLength(1);
    const [summary] = notices;
    expect(summary?.kind).toBe('summary');
    expect(summary?.kind === 'summary' && summary.reminders.map((r) => r.id).sort()).toEqual([
      'm0',
      'm1',
      'm2',
      'm3',
      'm4',
    ]);
    expect([...store.rows.values()].every((r) => r.firedAt === t0)).toBe(true);
  });

  it('at start-up shows a few missed reminders one by one (threshold inclusive)', async () => {
    const { store, notices, scheduler, t0 } = setup();
    for (let i = 0; i < 3; i++) store.add(`m${i}`, t0 - (i + 1) * HOUR);
    await scheduler.start();
    expect(notices.map((n) => n.kind)).toEqual(['single', 'single', 'single']);
  });

  it('when claiming fails it shows nothing, leaves the reminder unclaimed, and retries', async () => {
    const { time, store, notices, logs, scheduler, t0 } = setup();
    store.add('a', t0 + HOUR);
    // The store cannot be reached for every check up to and including the due time.
    const claimDue = store.source.claimDue;
    store.source.claimDue = async (until) => {
      if (until <= t0 + HOUR) store.failClaims = 1;
      return claimDue(until);
    };
    await scheduler.start();
    await time.advanceTo(t0 + HOUR);
    expect(notices).toEqual([]);
    expect(logs.some((l) => l.includes('could not claim'))).toBe(true);
    expect(store.rows.get('a')!.firedAt).toBeNull();
    await time.advance(5_000);
    expect(notices).toHaveLength(1);
    expect(store.rows.get('a')!.firedAt).toBe(t0 + HOUR + 5_000);
    expect(store.markCalls).toBe(1);
  });

  it('a throwing notifier still marks the reminder, logs, and never repeats it', async () => {
    let attempts = 0;
    const { time, store, logs, scheduler, t0 } = setup({
      notify: () => {
        attempts++;
        throw new Error('no notification centre');
      },
    });
    store.add('a', t0 + HOUR);
    await scheduler.start();
    await time.advanceTo(t0 + HOUR);
    expect(store.rows.get('a')!.firedAt).toBe(t0 + HOUR);
    expect(logs.filter((l) => l.includes('could not be shown'))).toHaveLength(1);
    await time.advance(HOUR);
    expect(store.markCalls).toBe(1);
    expect(attempts).toBe(1);
    expect(logs.filter((l) => l.includes('could not be shown'))).toHaveLength(1);
  });

  it('overlapping rearm calls and a lagging store never show a reminder twice', async () => {
    const { time, store, notices, scheduler, t0 } = setup();
    store.add('a', t0 + HOUR);
    // The store accepts the claim but answers as if it had not stored it yet.
    store.source.claimDue = async (until: number) => {
      store.claimCalls++;
      const due = store.unfired().filter((r) => r.reminder.dueAt <= until);
      return { due: due.map((r) => r.reminder), nextDue: store.nextDue() };
    };
    await scheduler.start();
    time.sleep(HOUR);
    await Promise.all([scheduler.rearm(), scheduler.rearm(), scheduler.rearm()]);
    const afterRearms = store.claimCalls;
    await time.advance(10 * MIN);
    expect(notices).toHaveLength(1);
    // The lagging answer never makes it spin: at most the tick and the one-tick retry per minute.
    expect(store.claimCalls - afterRearms).toBeLessThanOrEqual(2 * 10);
  });

  it('retries soon when the store is not reachable yet (app start-up)', async () => {
    const { time, store, notices, logs, scheduler, t0 } = setup();
    store.add('missed', t0 - HOUR);
    const claimDue = store.source.claimDue;
    let attempts = 0;
    store.source.claimDue = async (until) => {
      if (++attempts <= 2) throw new Error('the store is starting');
      return claimDue(until);
    };
    await scheduler.start();
    expect(notices).toEqual([]);
    await time.advance(4_999);
    expect(attempts).toBe(1);
    await time.advance(1);
    expect(attempts).toBe(2);
    await time.advance(5_000);
    expect(notices).toHaveLength(1);
    expect(logs.filter((l) => l.includes('retrying shortly'))).toHaveLength(2);
  });

  it('stop() clears every timer', async () => {
    const { time, store, notices, scheduler, t0 } = setup();
    store.add('a', t0 + HOUR);
    await scheduler.start();
    expect(time.pending).toBeGreaterThan(0);
    scheduler.stop();
    expect(time.pending).toBe(0);
    await time.advance(2 * HOUR);
    await scheduler.rearm();
    expect(notices).toEqual([]);
  });
});
