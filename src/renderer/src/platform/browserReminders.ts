/**
 * Browser mode's "show it" adapter for the shared reminder loop (src/shared/reminders/loop.ts,
 * the same loop main runs in Electron): a Web Notification when the user allowed them,
 * otherwise an in-app toast with Open / Done / Snooze 1 h (one reminder) or the summary banner
 * (many); a re-check when the page becomes visible again.
 *
 * Time is read through `clock` and `timers` (by default `Date.now` and `setTimeout`, looked
 * up on every call), so Playwright's page clock drives it in end-to-end tests.
 */
import { errorText } from '../../../shared/errorText';
import { startReminderLoop, type ReminderLoop } from '../../../shared/reminders/loop';
import { consoleReminderLog, type SchedulerTimers } from '../../../shared/reminders/scheduler';
import { noticeContent } from '../../../shared/reminders/notice';
import type { RpcClient } from '../../../shared/rpc/client';
import type { Toast } from '../ui/toast';

export interface BrowserRemindersDeps {
  store: RpcClient;
  /** Show a Web Notification; return false when not permitted (a toast is shown instead). */
  webNotify(notification: { title: string; body: string; dealId: string | null; tag: string }): boolean;
  toast(toast: Omit<Toast, 'id'>): void;
  /** Many reminders at once (missed while the app was closed): a banner, worded for inside the app. */
  summary(summary: { title: string; body: string }): void;
  openDeal(dealId: string): void;
  openAgenda(): void;
  clock?: { now(): number };
  timers?: SchedulerTimers;
  /** Periodic re-check; one minute by default. */
  tickMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export type BrowserReminders = ReminderLoop;

export function startBrowserReminders(deps: BrowserRemindersDeps): BrowserReminders {
  const clock = deps.clock ?? { now: () => Date.now() };
  const log = deps.log ?? consoleReminderLog;

  const act = (label: string, call: () => Promise<unknown>) => () => {
    call().catch((error: unknown) => {
      log(`could not ${label} the follow-up`, error);
      deps.toast({
        title: `Could not ${label} the follow-up`,
        body: errorText(error),
        dealId: null,
      });
    });
  };

  return startReminderLoop({
    store: deps.store,
    clock,
    timers: deps.timers,
    tickMs: deps.tickMs,
    log,
    wakeUps(rearm) {
      if (typeof document === 'undefined') return () => undefined;
      const onVisible = () => document.visibilityState === 'visible' && rearm();
      document.addEventListener('visibilitychange', onVisible);
      return () => document.removeEventListener('visibilitychange', onVisible);
    },
    show({ title, body, single, notice }, actions) {
      const tag = single ? single.id : `summary-${clock.now()}`;
      if (deps.webNotify({ title, body, dealId: single?.dealId ?? null, tag })) return;
      if (!single) {
        deps.summary(noticeContent(notice, clock.now(), 'in-app'));
        return;
      }
      const showAgenda = { label: 'Show follow-ups', run: deps.openAgenda };
      const dealId = single.dealId;
      deps.toast({
        title,
        body,
        dealId: null,
        persistent: true,
        actions: [
          dealId ? { label: 'Open', run: () => deps.openDeal(dealId) } : showAgenda,
          { label: 'Done', run: act('complete', () => actions.complete(single)) },
          { label: 'Snooze 1 h', run: act('snooze', () => actions.snoozeHour(single)) },
        ],
      });
    },
  });
}
