import { describe, expect, it } from 'vitest';
import { noticeContent, toReminder } from './notice';
import type { Reminder } from './scheduler';
import { makeFollowUp } from '../model';
import type { AgendaItem } from '../domains/followUps/contract';

const NOW = 1_700_000_000_000;

function item(fields: Partial<AgendaItem> = {}): AgendaItem {
  return {
    ...makeFollowUp({ id: 'f1', dueAt: NOW, type: 'email', dealId: 'd1' }, NOW),
    dealTitle: 'Acme rollout',
    companyName: 'Acme',
    ...fields,
  };
}

const reminder = (id: string, dueAt: number): Reminder => ({
  id,
  dealId: id,
  title: `Deal ${id}`,
  body: '',
  dueAt,
});

describe('toReminder', () => {
  it('uses the deal as title and type, note and company as body', () => {
    expect(toReminder(item({ note: '  Send\nthe  quote ' }))).toEqual({
      id: 'f1',
      dealId: 'd1',
      title: 'Acme rollout',
      body: 'E-mail: Send the quote · Acme',
      dueAt: NOW,
    });
  });

  it('falls back to "Follow-up due" for a contact-only follow-up', () => {
    const r = toReminder(item({ dealId: null, dealTitle: '', companyName: '' }));
    expect(r).toMatchObject({ title: 'Follow-up due', body: 'E-mail', dealId: null });
  });

  it('clips long notes to one short line', () => {
    const body = toReminder(item({ note: 'word '.repeat(500) })).body;
    expect(body.length).toBeLessThanOrEqual(240);
    expect(body.endsWith('…')).toBe(true);
  });
});

describe('noticeContent', () => {
  it('a summary of missed reminders says overdue and names the first three', () => {
    const reminders = ['a', 'b', 'c', 'd', 'e'].map((id) => reminder(id, NOW - 3_600_000));
    expect(noticeContent({ kind: 'summary', reminders }, NOW)).toEqual({
      title: '5 follow-ups are overdue',
      body: 'Deal a, Deal b, Deal c and 2 more. Open Fieldline to see them.',
    });
  });

  it('inside the app, a summary does not tell the rep to open the app they are in', () => {
    const reminders = ['a', 'b', 'c', 'd', 'e'].map((id) => reminder(id, NOW - 3_600_000));
    expect(noticeContent({ kind: 'summary', reminders }, NOW, 'in-app')).toEqual({
      title: '5 follow-ups are overdue',
      body: 'Deal a, Deal b, Deal c and 2 more.',
    });
  });

  it('a summary of reminders due right now says due', () => {
    const reminders = ['a', 'b', 'c', 'd'].map((id) => reminder(id, NOW));
    expect(noticeContent({ kind: 'summary', reminders }, NOW).title).toBe('4 follow-ups are due');
  });
});
