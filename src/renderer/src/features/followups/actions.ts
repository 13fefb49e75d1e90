import { snoozeUntil, type SnoozeOption } from '../../../../shared/engine';
import { followUpsToIcs } from '../../../../shared/export/ics';
import type { InputOf } from '../../../../shared/rpc/contract';
import type { AgendaItem } from '../../../../shared/domains/followUps/contract';
import { platform } from '../../state/session';

/** Follow-up actions: the only place this feature writes to the store or the disk. */
export function createFollowUp(input: InputOf<'followUps.create'>) {
  return platform().store.call('followUps.create', input);
}

export function completeFollowUp(id: string) {
  return platform().store.call('followUps.complete', { id });
}

/** Snooze with the engine's rules ("tomorrow morning" uses the rep's morning hour), at the UI's now. */
export function snoozeFollowUp(id: string, option: SnoozeOption, morningHour: number) {
  return platform().store.call('followUps.snooze', {
    id,
    until: snoozeUntil(option, Date.now(), morningHour),
  });
}

export function rescheduleFollowUp(id: string, dueAt: number, hasTime: boolean) {
  return platform().store.call('followUps.reschedule', { id, dueAt, hasTime });
}

/** A deliberate pause: the deal is not flagged stale before `until`. */
export function pauseDeal(dealId: string, until: number, note: string) {
  return platform().store.call('deals.update', {
    id: dealId,
    patch: { pausedUntil: until, pauseNote: note },
  });
}

export const ICS_FILE_NAME = 'fieldline-follow-ups.ics';

/** Export the open follow-ups as an iCalendar file calendar apps import. */
export function exportFollowUpsIcs(items: readonly AgendaItem[]) {
  const content = followUpsToIcs(
    items.map(({ dealTitle, companyName, ...followUp }) => ({ followUp, dealTitle, companyName })),
    { now: Date.now() },
  );
  return platform().saveFile({
    suggestedName: ICS_FILE_NAME,
    content,
    mimeType: 'text/calendar',
    filters: [{ name: 'Calendar', extensions: ['ics'] }],
  });
}

/** Whether reminders can show as desktop notifications (see Platform.notificationState). */
export function notificationState() {
  return platform().notificationState();
}

export function enableNotifications() {
  return platform().enableNotifications();
}
