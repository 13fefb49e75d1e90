/**
 * The follow-up reminder scheduler: pure logic, no Electron. The clock, the timers, the
 * store (as a `source`) and the notifier are injected, so it is tested with fakes.
 *
 * Guarantees
 * - Nothing fires twice. A reminder is marked fired in the store (`source.markFired`)
 *   BEFORE it is shown, and an in-memory set (keyed by id and due time, so a snoozed
 *   reminder can fire again at its new time) guards against a store that answers late.
 *   Checks never overlap: requests made while one runs are coalesced into one more run.
 * - Nothing is silently dropped. If `markFired` fails, nothing is shown and the same
 *   reminders are retried on the next tick. If `notify` throws, the reminder stays marked
 *   (showing it again on every tick would be worse than one lost toast) and the error is
 *   logged; the follow-up is still listed as overdue in the agenda and the tray.
 * - No early fire. Timers never exceed `maxDelayMs` (default one day, always below the
 *   platform limit of 2^31-1 ms ≈ 24.8 days, past which Node/Chromium fire at once); when a
 *   chunk elapses the scheduler just checks and re-arms.
 * - Missed reminders (app closed, machine asleep) are shown once at `start()`/`rearm()`:
 *   one notification each when there are at most `summaryThreshold`, else one summary.
 */

export interface Reminder {
  id: string;
  dealId: string | null;
  title: string;
  body: string;
  dueAt: number;
}

export type ReminderNotice =
  { kind: 'single'; reminder: Reminder } | { kind: 'summary'; reminders: Reminder[] };

export interface ReminderSource {
  /** Open reminders due at or before `until` that have not fired yet. */
  dueForReminders(until: number): Promise<Reminder[]>;
  markFired(ids: string[], at: number): Promise<void>;
  /** The earliest due time of an unfired reminder, or null. */
  nextDue(): Promise<number | null>;
}

export interface SchedulerTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SchedulerDeps {
  clock: { now(): number };
  timers: SchedulerTimers;
  source: ReminderSource;
  notify: (notice: ReminderNotice) => void;
  /** At most this many due at once are shown one by one; more become one summary. */
  summaryThreshold?: number;
  /** Periodic re-check (catches clock changes and missed events). Default one minute. */
  tickMs?: number;
  /** Retry delay when the store could not be read (e.g. still starting). Default 5 s. */
  retryMs?: number;
  /** Longest single timer. Default one day; clamped below the platform limit. */
  maxDelayMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface ReminderScheduler {
  /** Show what was missed while the app was closed, then arm the timers. */
  start(): Promise<void>;
  /** Recompute: after resume/unlock, a store change, or the periodic tick. */
  rearm(): Promise<void>;
  stop(): void;
}

/** The largest delay setTimeout honours (a signed 32-bit millisecond count). */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;
const DAY = 86_400_000;

export function createReminderScheduler(deps: SchedulerDeps): ReminderScheduler {
  const { clock, timers, source, notify } = deps;
  const threshold = deps.summaryThreshold ?? 3;
  const maxDelay = Math.min(Math.max(deps.maxDelayMs ?? DAY, 1), MAX_TIMER_DELAY);
  const tickMs = Math.min(Math.max(deps.tickMs ?? 60_000, 1), MAX_TIMER_DELAY);
  const retryMs = Math.min(Math.max(deps.retryMs ?? 5_000, 1), tickMs);
  const log =
    deps.log ?? ((message: string, error?: unknown) => console.error(`[reminders] ${message}`, error ?? ''));

  const fired = new Set<string>();
  const key = (r: Reminder) => `${r.id}@${r.dueAt}`;
  let dueTimer: unknown = null;
  let tickTimer: unknown = null;
  let stopped = true;
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;

  function clearDue() {
    if (dueTimer !== null) timers.clearTimeout(dueTimer);
    dueTimer = null;
  }

  function armTick() {
    if (tickTimer !== null) timers.clearTimeout(tickTimer);
    tickTimer = timers.setTimeout(() => {
      tickTimer = null;
      if (stopped) return;
      armTick();
      void request();
    }, tickMs);
  }

  function show(notice: ReminderNotice) {
    try {
      notify(notice);
    } catch (error) {
      log('a notification could not be shown (the follow-up stays overdue in the agenda)', error);
    }
  }

  /** Fire everything due by `now`; when marking fails nothing is shown (next tick retries). */
  async function fireDue(now: number): Promise<void> {
    const due = (await source.dueForReminders(now)).filter((r) => r.dueAt <= now && !fired.has(key(r)));
    if (due.length === 0) return;
    try {
      await source.markFired(
        due.map((r) => r.id),
        now,
      );
    } catch (error) {
      log(
        `could not mark ${due.length} reminder(s) as fired; not showing them, retrying on the next tick`,
        error,
      );
      return;
    }
    due.forEach((r) => fired.add(key(r)));
    // Marked means shown: even if stop() raced in, show what we just marked.
    if (due.length > threshold) show({ kind: 'summary', reminders: due });
    else due.forEach((reminder) => show({ kind: 'single', reminder }));
  }

  async function arm(now: number) {
    clearDue();
    const next = await source.nextDue();
    if (stopped || next === null) return;
    // Something due by `now` is still unfired only if marking failed (or the store lags
    // behind our in-memory set): never spin, retry after one tick.
    const delay = next <= now ? tickMs : Math.min(next - now, maxDelay);
    clearDue();
    dueTimer = timers.setTimeout(() => {
      dueTimer = null;
      void request();
    }, delay);
  }

  async function cycle() {
    if (stopped) return;
    const now = clock.now();
    let failed = false;
    try {
      await fireDue(now);
    } catch (error) {
      failed = true;
      log('could not read due reminders; retrying shortly', error);
    }
    try {
      await arm(now);
    } catch (error) {
      failed = true;
      log('could not arm the next reminder; retrying shortly', error);
    }
    if (failed && !stopped) {
      clearDue();
      dueTimer = timers.setTimeout(() => {
        dueTimer = null;
        void request();
      }, retryMs);
    }
  }

  /** Run one check; overlapping requests coalesce into a single follow-up run. */
  function request(): Promise<void> {
    if (queued) return queued;
    const run = chain.then(async () => {
      queued = null;
      await cycle();
    });
    queued = run;
    chain = run.catch(() => undefined);
    return run;
  }

  return {
    start() {
      stopped = false;
      armTick();
      return request();
    },
    rearm() {
      return stopped ? Promise.resolve() : request();
    },
    stop() {
      stopped = true;
      clearDue();
      if (tickTimer !== null) timers.clearTimeout(tickTimer);
      tickTimer = null;
    },
  };
}
