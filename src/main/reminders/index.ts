/**
 * Main's "show it" adapter for the shared reminder loop (src/shared/reminders/loop.ts):
 * native notifications, and a re-check on resume and unlock. Call after `app.whenReady()`
 * (powerMonitor and Notification need a ready app).
 *
 * Clicks: a single reminder opens its deal (`openDeal(dealId)`); a summary, or a follow-up
 * that belongs to a contact only, opens the Follow-ups view (`openAgenda()`, falling back
 * to `openDeal('')` when no `openAgenda` is given). On macOS and Windows a single reminder
 * has the actions "Done" (completes it) and "Snooze 1 h".
 */
import { Notification, powerMonitor } from 'electron';
import type { RpcClient } from '../../shared/rpc/client';
import { startReminderLoop, type ReminderLoop } from '../../shared/reminders/loop';
import { consoleReminderLog, type SchedulerTimers } from '../../shared/reminders/scheduler';

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

export type Reminders = ReminderLoop;

const ACTION_DONE = 0;
const ACTION_SNOOZE = 1;

export function startReminders(deps: RemindersDeps): Reminders {
  const log = deps.log ?? consoleReminderLog;
  const openAgenda = deps.openAgenda ?? (() => deps.openDeal(''));
  const platform = deps.platform ?? process.platform;
  const withActions = platform === 'darwin' || platform === 'win32';
  // Electron drops the handlers of a notification that is garbage-collected: hold them.
  const live = new Set<Notification>();

  const act = (label: string, call: () => Promise<unknown>) => {
    call().catch((error: unknown) => log(`could not ${label} the follow-up`, error));
  };

  const loop = startReminderLoop({
    store: deps.client,
    clock: deps.clock,
    timers: deps.timers,
    log,
    wakeUps(rearm) {
      powerMonitor.on('resume', rearm);
      powerMonitor.on('unlock-screen', rearm);
      return () => {
        powerMonitor.removeListener('resume', rearm);
        powerMonitor.removeListener('unlock-screen', rearm);
      };
    },
    show({ title, body, single }, actions) {
      if (!Notification.isSupported()) {
        log('native notifications are not supported here; the follow-up stays in the agenda');
        return;
      }
      const notification = new Notification({
        title,
        body,
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
          if (details.actionIndex === ACTION_DONE) act('complete', () => actions.complete(single));
          if (details.actionIndex === ACTION_SNOOZE) act('snooze', () => actions.snoozeHour(single));
        });
      }
      notification.show();
    },
  });

  return {
    stop() {
      loop.stop();
      live.clear();
    },
    rearm: () => loop.rearm(),
  };
}
