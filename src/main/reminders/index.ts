/**
 * Wires the pure reminder scheduler to the store (over RPC) and to native notifications.
 * Call after `app.whenReady()` (powerMonitor and Notification need a ready app).
 *
 * Clicks: a single reminder opens its deal (`openDeal(dealId)`); a summary, or a follow-up
 * that belongs to a contact only, opens the Follow-ups view (`openAgenda()`, falling back
 * to `openDeal('')` when no `openAgenda` is given). On macOS and Windows a single reminder
 * has the actions "Done" (completes it) and "Snooze 1 h".
 */
import { Notification, powerMonitor } from 'electron';
import type { RpcClient } from '../../shared/rpc/client';
import type { ChangeEvent } from '../../shared/rpc/views';
import { noticeContent, toReminder } from '../../shared/reminders/notice';
import {
  createReminderScheduler,
  type ReminderNotice,
  type ReminderSource,
  type SchedulerTimers,
} from '../../shared/reminders/scheduler';

export interface RemindersDeps {
  client: RpcClient;
  openDeal: (dealId: string) => void;
  openAgenda?: () => void;
  clock?: { now(): number };
  timers?: SchedulerTimers;
  /** Defaults to `process.platform`; notification actions exist on macOS and Windows. */
  platform?: NodeJS.Platform;
  log?: (message: string, error?: unknown) => void;
}

export interface Reminders {
  stop(): void;
  /** Re-check now (e.g. after the system clock or time zone changed). */
  rearm(): Promise<void>;
}

const SNOOZE_MS = 3_600_000;
/** `followUps.markFired` accepts at most this many ids per call. */
const MARK_BATCH = 1000;
const ACTION_DONE = 0;
const ACTION_SNOOZE = 1;

const systemTimers: SchedulerTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function storeSource(client: RpcClient): ReminderSource {
  return {
    async dueForReminders(until) {
      return (await client.call('followUps.dueForReminders', { until })).map(toReminder);
    },
    async markFired(ids, at) {
      for (let i = 0; i < ids.length; i += MARK_BATCH) {
        await client.call('followUps.markFired', { ids: ids.slice(i, i + MARK_BATCH), at });
      }
    },
    async nextDue() {
      return (await client.call('followUps.nextDue', {})).dueAt;
    },
  };
}

export function startReminders(deps: RemindersDeps): Reminders {
  const { client } = deps;
  const clock = deps.clock ?? { now: () => Date.now() };
  const log =
    deps.log ?? ((message: string, error?: unknown) => console.error(`[reminders] ${message}`, error ?? ''));
  const openAgenda = deps.openAgenda ?? (() => deps.openDeal(''));
  const platform = deps.platform ?? process.platform;
  const withActions = platform === 'darwin' || platform === 'win32';
  // Electron drops the handlers of a notification that is garbage-collected: hold them.
  const live = new Set<Notification>();

  const act = (label: string, call: () => Promise<unknown>) => {
    call().catch((error: unknown) => log(`could not ${label} the follow-up`, error));
  };

  function show(notice: ReminderNotice) {
    if (!Notification.isSupported()) {
      log('native notifications are not supported here; the follow-up stays in the agenda');
      return;
    }
    const single = notice.kind === 'single' ? notice.reminder : null;
    const notification = new Notification({
      ...noticeContent(notice, clock.now()),
      timeoutType: 'never',
      ...(single && withActions
        ? {
            actions: [
              { type: 'button' as const, text: 'Done' },
              { type: 'button' as const, text: 'Snooze 1 h' },
            ],
          }
        : {}),
    });
    live.add(notification);
    notification.on('close', () => live.delete(notification));
    notification.on('click', () => {
      live.delete(notification);
      if (single?.dealId) deps.openDeal(single.dealId);
      else openAgenda();
    });
    if (single) {
      notification.on('action', (details) => {
        live.delete(notification);
        const index = details.actionIndex;
        if (index === ACTION_DONE)
          act('complete', () => client.call('followUps.complete', { id: single.id }));
        if (index === ACTION_SNOOZE) {
          act('snooze', () =>
            client.call('followUps.snooze', { id: single.id, until: clock.now() + SNOOZE_MS }),
          );
        }
      });
    }
    notification.show();
  }

  const scheduler = createReminderScheduler({
    clock,
    timers: deps.timers ?? systemTimers,
    source: storeSource(client),
    notify: show,
    log,
  });

  const rearm = () => void scheduler.rearm();
  powerMonitor.on('resume', rearm);
  powerMonitor.on('unlock-screen', rearm);
  const stopListening = client.on('store.changed', (event: ChangeEvent) => {
    // Our own markFired changes nothing the schedule depends on.
    if (event.tables.includes('followUps') && event.method !== 'followUps.markFired') rearm();
  });
  void scheduler.start();

  return {
    stop() {
      scheduler.stop();
      stopListening();
      powerMonitor.removeListener('resume', rearm);
      powerMonitor.removeListener('unlock-screen', rearm);
      live.clear();
    },
    rearm: () => scheduler.rearm(),
  };
}
