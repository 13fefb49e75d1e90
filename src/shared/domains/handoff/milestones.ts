import { makeFollowUp, type FollowUp, type HandoffItem } from '../../model';

const PREFIX = 'handoff-';
const ID_MAX = 64;

/**
 * The id of the follow-up linked to a dated checklist item. Deriving it from the item id
 * keeps the link stable (and survives backups) without a new field on FollowUp.
 */
export function milestoneFollowUpId(itemId: string): string {
  return `${PREFIX}${itemId}`.slice(0, ID_MAX);
}

/** Local midnight of a `YYYY-MM-DD` day (follow-ups without a time are stored that way). */
export function localMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

export function milestoneNote(label: string, dealTitle: string): string {
  return `Handoff milestone: ${label.trim()} (${dealTitle.trim()})`;
}

const ACTIVE = new Set<FollowUp['status']>(['open', 'snoozed']);

/**
 * What the linked follow-up should become after an item changed from `before` to `item`:
 * created when the item gets a date; moved and re-armed (re-opened) when the date changes;
 * renamed with the item while it is active; cancelled when the date is cleared or the item
 * removed (`item` null). Null means leave it alone (e.g. a follow-up the rep completed
 * stays completed when only the item's text changes).
 */
export function planMilestoneFollowUp(input: {
  existing: FollowUp | undefined;
  before: HandoffItem | null;
  item: HandoffItem | null;
  dealId: string;
  dealTitle: string;
  now: number;
}): FollowUp | null {
  const { existing, before, item, dealId, dealTitle, now } = input;
  if (!item || item.date === null) {
    if (!existing || !ACTIVE.has(existing.status)) return null;
    return { ...existing, status: 'cancelled', updatedAt: now };
  }
  const dueAt = localMidnight(item.date);
  const note = milestoneNote(item.label, dealTitle);
  if (!existing) {
    return makeFollowUp(
      { id: milestoneFollowUpId(item.id), dealId, dueAt, hasTime: false, type: 'task', note },
      now,
    );
  }
  if (before?.date !== item.date) {
    return {
      ...existing,
      dueAt,
      hasTime: false,
      note,
      status: 'open',
      firedAt: null,
      completedAt: null,
      updatedAt: now,
    };
  }
  if (existing.note !== note && ACTIVE.has(existing.status)) return { ...existing, note, updatedAt: now };
  return null;
}
