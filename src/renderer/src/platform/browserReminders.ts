/**
 * Browser mode's follow-up reminders. In Electron the main process runs the reminder
 * scheduler and shows native notifications; in a plain browser tab the page runs the same
 * pure scheduler (src/shared/reminders/scheduler.ts, shared with main) against the
 * store worker, and shows a Web Notification when the user allowed them, otherwise an
 * in-app toast with Open / Done / Snooze 1 h.
 *
 * Time is read through `clock` and `timers` (by default `Date.now` and `window.setTimeout`,
 * looked up on every call), so Playwright's page clock drives it in end-to-end tests.
 */
import { noticeContent, toReminder } from '../../../shared/reminders/notice';
import {
  createReminderScheduler,
  type ReminderNotice,
  type ReminderSource,
  type SchedulerTimers,
} from '../../../shared/reminders/scheduler';
import type { RpcClient } from '../../../shared/rpc/client';
import type { Toast } from './toast';

export interface BrowserRemindersDeps {
  store: RpcClient;
  /** Show a Web Notification; return false when not permitted (a toast is shown instead). */
  webNotify(notification: { title: string; body: string; dealId: string | null; tag: string }): boolean;
  toast(toast: Omit<Toast, 'id'>): void;
  openDeal(dealId: string): void;
  openAgenda(): void;
  clock?: { now(): number };
  timers?: SchedulerTimers;
  /** Periodic re-check; one minute by default. */
  tickMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface BrowserReminders {
  stop(): void;
  rearm(): Promise<void>;
}

const SNOOZE_MS = 3_600_000;
const MARK_BATCH = 1000;

const pageTimers: SchedulerTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function storeSource(store: RpcClient): ReminderSource {
  return {
    async dueForReminders(until) {
      return (await store.call('followUps.dueForReminders', { until })).map(toReminder);
    },
    async markFired(ids, at) {
      for (let i = 0; i < ids.length; i += MARK_BATCH) {
        await store.call('followUps.markFired', { ids: ids.slice(i, i + MARK_BATCH), at });
      }
    },
    async nextDue() {
      return (await store.call('followUps.nextDue', {})).dueAt;
    },
  };
}

export function startBrowserReminders(deps: BrowserRemindersDeps): BrowserReminders {
  const { store } = deps;
  const clock = deps.clock ?? { now: () => Date.now() };
  const log =
    deps.log ?? ((message: string, error?: unknown) => console.error(`[reminders] ${message}`, error ?? ''));

  const act = (label: string, call: () => Promise<unknown>) => () => {
    call().catch((error: unknown) => {
      log(`could not ${label} the follow-up`, error);
      deps.toast({
        title: `Could not ${label} the follow-up`,
        body: error instanceof Error ? error.message : String(error),
        dealId: null,
      });
    });
  };

  function show(notice: ReminderNotice) {
    const { title, body } = noticeContent(notice, clock.now());
    const single = notice.kind === 'single' ? notice.reminder : null;
    const tag = single ? single.id : `summary-${clock.now()}`;
    if (deps.webNotify({ title, body, dealId: single?.dealId ?? null, tag })) return;
    if (!single) {
      deps.toast({
        title,
        body,
        dealId: null,
        persistent: true,
        actions: [{ label: 'Show follow-ups', run: deps.openAgenda }],
      });
      return;
    }
    const dealId = single.dealId;
    deps.toast({
      title,
      body,
      dealId: null,
      persistent: true,
      actions: [
        dealId
          ? { label: 'Open', run: () => deps.openDeal(dealId) }
          : { label: 'Show follow-ups', run: deps.openAgenda },
        { label: 'Done', run: act('complete', () => store.call('followUps.complete', { id: single.id })) },
        {
          label: 'Snooze 1 h',
          run: act('snooze', () =>
            store.call('followUps.snooze', { id: single.id, until: clock.now() + SNOOZE_MS }),
          ),
        },
      ],
    });
  }

  const scheduler = createReminderScheduler({
    clock,
    timers: deps.timers ?? pageTimers,
    source: storeSource(store),
    notify: show,
    tickMs: deps.tickMs ?? 60_000,
    log,
  });

  const rearm = () => void scheduler.rearm();
  const stopListening = store.on('store.changed', (event) => {
    // Our own markFired changes nothing the schedule depends on.
    if (event.tables.includes('followUps') && event.method !== 'followUps.markFired') rearm();
  });
  const onVisible = () => document.visibilityState === 'visible' && rearm();
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
  void scheduler.start();

  return {
    stop() {
      scheduler.stop();
      stopListening();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
    },
    rearm: () => scheduler.rearm(),
  };
}
