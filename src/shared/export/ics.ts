import { FOLLOW_UP_TYPE_LABELS } from '../model/values';
import type { FollowUp } from '../model';

/**
 * Follow-ups as an iCalendar file (RFC 5545) a rep can import into any calendar.
 *
 * Each follow-up is a VEVENT with a VALARM: calendars import events (with their
 * reminders) far more reliably than VTODOs, which Outlook and Google Calendar ignore.
 *
 * - Timed follow-ups (`hasTime`) start at `dueAt` in UTC (`DTSTART:…Z`, whole seconds)
 *   and last 30 minutes; the alarm fires 15 minutes before.
 * - All-day follow-ups are `VALUE=DATE` events on the local calendar day of `dueAt`: the
 *   model stores them as local midnight, so the day is read with the local-time getters
 *   (`getFullYear/getMonth/getDate`) of the machine that exports — the same machine the
 *   rep entered them on. That keeps the day right in any timezone, where reading the UTC
 *   day would shift it for reps east of UTC. The alarm fires at 09:00 on that day.
 * - UIDs are `<follow-up id>@fieldline`, so re-importing updates instead of duplicating.
 */

export interface IcsItem {
  followUp: FollowUp;
  dealTitle: string;
  companyName: string;
}

export interface IcsOptions {
  /** The export time (UTC ms), written as DTSTAMP. */
  now: number;
  prodId?: string;
}

const DEFAULT_PROD_ID = '-//Fieldline//Fieldline follow-ups//EN';
const MAX_OCTETS = 75;
const TIMED_MINUTES = 30;

/** C0 controls and DEL, which TEXT may not hold (tab and line breaks are handled apart). */
function isDroppedControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f;
}

/** RFC 5545 §3.3.11 TEXT: escape backslash, semicolon, comma and line breaks; drop other controls. */
export function escapeIcsText(text: string): string {
  const kept = Array.from(text)
    .filter((char) => !isDroppedControl(char))
    .join('');
  return kept
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * RFC 5545 §3.1 folding: no line longer than 75 octets (excluding CRLF); continuation
 * lines start with one space. Splits only between code points, never inside a UTF-8
 * sequence.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function formatIcsUtc(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** `YYYYMMDD` of the local calendar day of `ms`, shifted by `addDays`. */
export function formatIcsLocalDate(ms: number, addDays = 0): string {
  const d = new Date(ms);
  const day = new Date(d.getFullYear(), d.getMonth(), d.getDate() + addDays);
  return `${pad(day.getFullYear(), 4)}${pad(day.getMonth() + 1)}${pad(day.getDate())}`;
}

function summaryOf(item: IcsItem): string {
  const what = FOLLOW_UP_TYPE_LABELS[item.followUp.type];
  const deal = item.dealTitle.trim();
  const company = item.companyName.trim();
  if (deal && company) return `${what}: ${deal} (${company})`;
  if (deal || company) return `${what}: ${deal || company}`;
  return `${what}: follow-up`;
}

function descriptionOf(item: IcsItem): string {
  const lines: string[] = [];
  if (item.followUp.note.trim()) lines.push(item.followUp.note.trim(), '');
  if (item.dealTitle.trim()) lines.push(`Deal: ${item.dealTitle.trim()}`);
  if (item.companyName.trim()) lines.push(`Company: ${item.companyName.trim()}`);
  lines.push(`Type: ${FOLLOW_UP_TYPE_LABELS[item.followUp.type]}`);
  return lines.join('\n');
}

function eventLines(item: IcsItem, now: number): string[] {
  const { followUp } = item;
  const summary = summaryOf(item);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${followUp.id}@fieldline`)}`,
    `DTSTAMP:${formatIcsUtc(now)}`,
    `LAST-MODIFIED:${formatIcsUtc(followUp.updatedAt)}`,
  ];
  if (followUp.hasTime) {
    lines.push(`DTSTART:${formatIcsUtc(followUp.dueAt)}`);
    lines.push(`DTEND:${formatIcsUtc(followUp.dueAt + TIMED_MINUTES * 60_000)}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${formatIcsLocalDate(followUp.dueAt)}`);
    lines.push(`DTEND;VALUE=DATE:${formatIcsLocalDate(followUp.dueAt, 1)}`);
  }
  lines.push(`SUMMARY:${escapeIcsText(summary)}`);
  lines.push(`DESCRIPTION:${escapeIcsText(descriptionOf(item))}`);
  lines.push(`STATUS:${followUp.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push(`TRANSP:${followUp.type === 'meeting' && followUp.hasTime ? 'OPAQUE' : 'TRANSPARENT'}`);
  if (followUp.status === 'open' || followUp.status === 'snoozed') {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(summary)}`,
      `TRIGGER:${followUp.hasTime ? '-PT15M' : 'PT9H'}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** One VCALENDAR holding a VEVENT per follow-up; CRLF line ends, folded at 75 octets. */
export function followUpsToIcs(items: IcsItem[], opts: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeIcsText(opts.prodId ?? DEFAULT_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...items.flatMap((item) => eventLines(item, opts.now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
