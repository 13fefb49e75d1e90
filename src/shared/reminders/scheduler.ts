/**
 * The follow-up reminder scheduler: pure logic, no Electron. The clock, the timers, the
 * store (as a `source`) and the notifier are injected, so it is tested with fakes.
 *
 * Guarantees
 * - Nothing fires twice. A reminder is claimed in the store (`source.claimDue`: marked fired
 *   atomically, so two checks never claim the same one) BEFORE it is shown, and an in-memory
 *   set (keyed by id and due time, so a snoozed reminder can fire again at its new time)
 *   guards against a store that answers late. Checks never overlap: requests made while one
 *   runs are coalesced into one more run.
 * - Nothing is silently dropped. If the claim fails, nothing was marked and nothing is
 *   shown; the same reminders are claimed again on the retry. If `notify` throws, the
 *   reminder stays marked (showing it again on every tick would be worse than one lost
 *   toast) and the error is logged; the follow-up is still listed as overdue in the agenda
 *   and the tray.
 * - No early fire. Timers never exceed `maxDelayMs` (default one day, always below the
 *   platform limit of 2^31-1 ms ≈ 24.8 days, past which Node/Chromium fire at once); when a
 *   chunk elapses the scheduler just checks and re-arms.
 * - Missed reminders (app closed, machine asleep) are shown once at `start()`/`rearm()`:
 *   one notification each when there are at most `summaryThreshold`, else one summary.
 * - One round trip per check: the claim also answers when the next reminder is due.
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
  /**
   * Claims every unfired reminder due at or before `until` (marks it fired, atomically) and
   * returns them with the earliest due time of an unfired reminder left, or null.
   */
  claimDue(until: number): Promise<{ due: Reminder[]; nextDue: number | null }>;
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

/** Where the reminder code reports a problem when no `log` is given. */
export const consoleReminderLog = (message: string, error?: unknown) =>
  console.error(`[reminders] ${message}`, error ?? '');

/** The largest delay setTimeout honours (a signed 32-bit millisecond count). */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;
const DAY = 86_400_000;

export function createReminderScheduler(deps: SchedulerDeps): ReminderScheduler {
  const { clock, timers, source, notify } = deps;
  const threshold = deps.summaryThreshold ?? 3;
  const maxDelay = Math.min(Math.max(deps.maxDelayMs ?? DAY, 1), MAX_TIMER_DELAY);
  const tickMs = Math.min(Math.max(deps.tickMs ?? 60_000, 1), MAX_TIMER_DELAY);
  const retryMs = Math.min(Math.max(deps.retryMs ?? 5_000, 1), tickMs);
  const log = deps.log ?? consoleReminderLog;

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

  /** Show what the claim returned; then the next due time decides the timer. */
  function fire(due: Reminder[], now: number) {
    const fresh = due.filter((r) => r.dueAt <= now && !fired.has(key(r)));
    fresh.forEach((r) => fired.add(key(r)));
    // Claimed means shown: even if stop() raced in, show what we just claimed.
    if (fresh.length > threshold) show({ kind: 'summary', reminders: fresh });
    else fresh.forEach((reminder) => show({ kind: 'single', reminder }));
  }

  /** The next check in `ms` (replacing any armed one). */
  function checkIn(ms: number) {
    clearDue();
    if (stopped) return;
    dueTimer = timers.setTimeout(() => {
      dueTimer = null;
      void request();
    }, ms);
  }

  function arm(next: number | null, now: number) {
    if (next === null) return clearDue();
    // Something due by `now` is still unclaimed only if the store lags behind our
    // in-memory set: never spin, retry after one tick.
    checkIn(next <= now ? tickMs : Math.min(next - now, maxDelay));
  }

  async function cycle() {
    if (stopped) return;
    const now = clock.now();
    let claim: { due: Reminder[]; nextDue: number | null };
    try {
      claim = await source.claimDue(now);
    } catch (error) {
      log('could not claim due reminders (none was shown); retrying shortly', error);
      return checkIn(retryMs);
    }
    fire(claim.due, now);
    arm(claim.nextDue, now);
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
