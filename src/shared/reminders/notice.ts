import { FOLLOW_UP_TYPE_LABELS } from '../model/values';
import type { AgendaItem } from '../domains/followUps/contract';
import type { Reminder, ReminderNotice } from './scheduler';

/** Notification text stays short: the OS truncates long bodies anyway. */
const MAX_BODY = 240;
/** Due more than this long ago counts as overdue in a summary's wording. */
const OVERDUE_AFTER = 60_000;

function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** A follow-up as the scheduler sees it: title = the deal, body = type, note and company. */
export function toReminder(item: AgendaItem): Reminder {
  const parts = [FOLLOW_UP_TYPE_LABELS[item.type]];
  if (item.note.trim()) parts[0] = `${parts[0]}: ${item.note}`;
  if (item.companyName) parts.push(item.companyName);
  return {
    id: item.id,
    dealId: item.dealId,
    title: clip(item.dealTitle, 120) || 'Follow-up due',
    body: clip(parts.join(' · '), MAX_BODY),
    dueAt: item.dueAt,
  };
}

/**
 * The title and body for a scheduler notice. A desktop notification is read outside the app,
 * so a summary ends by saying where to look; inside the app (`'in-app'`) it does not.
 */
export function noticeContent(
  notice: ReminderNotice,
  now: number,
  where: 'desktop' | 'in-app' = 'desktop',
): { title: string; body: string } {
  if (notice.kind === 'single') return { title: notice.reminder.title, body: notice.reminder.body };
  const { reminders } = notice;
  const overdue = reminders.every((r) => r.dueAt < now - OVERDUE_AFTER);
  const title = `${reminders.length} follow-ups are ${overdue ? 'overdue' : 'due'}`;
  const names = reminders.slice(0, 3).map((r) => r.title);
  const more = reminders.length - names.length;
  const list = `${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
  const body = where === 'desktop' ? `${list} Open Fieldline to see them.` : list;
  return { title, body: clip(body, MAX_BODY) };
}
