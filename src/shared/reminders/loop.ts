/**
 * The one reminder loop, run by main (native notifications) and by browser mode (Web
 * Notifications or toasts). It connects the pure scheduler to the store: one
 * `followUps.claimDue` round trip per check, a re-check whenever a non-silent command wrote
 * follow-ups (its own claims are silent bookkeeping) and whenever the host wakes up. Each host
 * supplies only its "show it" adapter and its wake-up events.
 */
import type { RpcClient } from '../rpc/client';
import { noticeContent, toReminder } from './notice';
import {
  consoleReminderLog,
  createReminderScheduler,
  type Reminder,
  type ReminderNotice,
  type SchedulerTimers,
} from './scheduler';

/** "Snooze 1 h" moves a follow-up this far past the host's clock. */
const SNOOZE_MS = 3_600_000;

/** What a shown reminder can do to its follow-up (a notification's or toast's buttons). */
export interface ReminderActions {
  complete(reminder: Reminder): Promise<unknown>;
  snoozeHour(reminder: Reminder): Promise<unknown>;
}

/** A notice with its text, ready to show. */
export interface ShownNotice {
  notice: ReminderNotice;
  title: string;
  body: string;
  /** The single reminder, or null for a summary. */
  single: Reminder | null;
}

export interface ReminderLoopDeps {
  store: Pick<RpcClient, 'call' | 'on'>;
  /** The host's "show it". May throw: the scheduler logs it (the follow-up stays overdue). */
  show(notice: ShownNotice, actions: ReminderActions): void;
  /** Subscribes `rearm` to the host's wake-ups (resume, unlock, page visible); returns an unsubscribe. */
  wakeUps?: (rearm: () => void) => () => void;
  clock?: { now(): number };
  timers?: SchedulerTimers;
  /** Periodic re-check; one minute by default. */
  tickMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface ReminderLoop {
  stop(): void;
  /** Re-check now (e.g. after the system clock or time zone changed). */
  rearm(): Promise<void>;
}

/** Looked up on every call, so a test's or Playwright's fake clock drives them. */
const globalTimers: SchedulerTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function startReminderLoop(deps: ReminderLoopDeps): ReminderLoop {
  const { store } = deps;
  const clock = deps.clock ?? { now: () => Date.now() };
  const log = deps.log ?? consoleReminderLog;
  const actions: ReminderActions = {
    complete: (reminder) => store.call('followUps.complete', { id: reminder.id }),
    snoozeHour: (reminder) =>
      store.call('followUps.snooze', { id: reminder.id, until: clock.now() + SNOOZE_MS }),
  };

  const scheduler = createReminderScheduler({
    clock,
    timers: deps.timers ?? globalTimers,
    source: {
      async claimDue(until) {
        const { claimed, nextDue } = await store.call('followUps.claimDue', { until });
        return { due: claimed.map(toReminder), nextDue };
      },
    },
    notify: (notice) =>
      deps.show(
        {
          notice,
          ...noticeContent(notice, clock.now()),
          single: notice.kind === 'single' ? notice.reminder : null,
        },
        actions,
      ),
    tickMs: deps.tickMs,
    log,
  });

  const rearm = () => void scheduler.rearm();
  const stopListening = store.on('store.changed', (event) => {
    // Silent bookkeeping (our own claims) changes nothing the schedule depends on.
    if (!event.silent && event.tables.includes('followUps')) rearm();
  });
  const stopWakeUps = deps.wakeUps?.(rearm) ?? (() => undefined);
  void scheduler.start();

  return {
    stop() {
      scheduler.stop();
      stopListening();
      stopWakeUps();
    },
    rearm: () => scheduler.rearm(),
  };
}
