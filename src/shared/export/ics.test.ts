import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { FollowUp } from '../model';
import { escapeIcsText, foldIcsLine, followUpsToIcs, type IcsItem } from './ics';

const NOW = Date.UTC(2025, 2, 10, 8, 30, 0);

function followUp(over: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'fu-1',
    dealId: 'deal-1',
    contactId: null,
    dueAt: Date.UTC(2025, 2, 14, 14, 0, 0),
    hasTime: true,
    type: 'call',
    note: 'Ask about the rollout plan',
    status: 'open',
    firedAt: null,
    completedAt: null,
    createdAt: NOW - 86_400_000,
    updatedAt: NOW - 3_600_000,
    ...over,
  };
}

function item(over: Partial<FollowUp> = {}, dealTitle = 'Fleet rollout', companyName = 'Acme GmbH'): IcsItem {
  return { followUp: followUp(over), dealTitle, companyName };
}

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

const utf8 = new TextEncoder();

function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

describe('followUpsToIcs', () => {
  it('writes a calendar that ical.js reads back: uid, summary, description, timed start in UTC', () => {
    const ics = followUpsToIcs([item()], { now: NOW });
    const [event] = events(ics);
    expect(event?.uid).toBe('fu-1@fieldline');
    expect(event?.summary).toBe('Call: Fleet rollout (Acme GmbH)');
    expect(event?.description).toBe(
      'Ask about the rollout plan\n\nDeal: Fleet rollout\nCompany: Acme GmbH\nType: Call',
    );
    expect(event?.startDate.isDate).toBe(false);
    expect(event?.startDate.toJSDate().getTime()).toBe(Date.UTC(2025, 2, 14, 14, 0, 0));
    expect(event?.endDate.toJSDate().getTime()).toBe(Date.UTC(2025, 2, 14, 14, 30, 0));
    expect(ics).toContain('\r\nDTSTAMP:20250310T083000Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20250314T140000Z\r\n');
    expect(ics).toContain('\r\nTRIGGER:-PT15M\r\n');
    expect(
      ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fieldline//Fieldline follow-ups//EN\r\n'),
    ).toBe(true);
  });

  it('writes all-day follow-ups as VALUE=DATE on the local calendar day of dueAt', () => {
    // Stored as local midnight of 14 March (the model's rule), whatever this machine's timezone.
    const dueAt = new Date(2025, 2, 14).getTime();
    const ics = followUpsToIcs([item({ hasTime: false, dueAt, type: 'task' })], { now: NOW });
    const [event] = events(ics);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2025-03-14');
    expect(event?.endDate.toString()).toBe('2025-03-15');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20250314\r\n');
    expect(ics).toContain('\r\nTRIGGER:PT9H\r\n');
  });

  it('rolls the end date over month and year ends', () => {
    const ics = followUpsToIcs([item({ hasTime: false, dueAt: new Date(2024, 11, 31).getTime() })], {
      now: NOW,
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101');
  });

  it('uses the custom PRODID, marks cancelled events and leaves alarms off closed ones', () => {
    const ics = followUpsToIcs(
      [
        item({ id: 'a', status: 'cancelled' }),
        item({ id: 'b', status: 'done' }),
        item({ id: 'c', status: 'snoozed' }),
      ],
      { now: NOW, prodId: '-//Test//X//EN' },
    );
    expect(ics).toContain('PRODID:-//Test//X//EN');
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(1);
    expect(events(ics).map((e) => e.component.getFirstPropertyValue('status'))).toEqual([
      'CANCELLED',
      'CONFIRMED',
      'CONFIRMED',
    ]);
  });

  it('round-trips awkward text: commas, semicolons, backslashes, newlines, emoji, long lines', () => {
    const awkward = `Budget; timing, scope \\ risk\nline two\r\nline three 🚀👩🏽‍💻 ${'é€😀x'.repeat(125)}`;
    const ics = followUpsToIcs([item({ note: awkward }, 'Deal, with; "quotes"', 'Ümlaut & Co, Ltd;')], {
      now: NOW,
    });
    const [event] = events(ics);
    expect(event?.summary).toBe('Call: Deal, with; "quotes" (Ümlaut & Co, Ltd;)');
    expect(event?.description.split('\n\nDeal:')[0]).toBe(awkward.replace(/\r\n/g, '\n'));
  });

  it('keeps every line within 75 octets, never splits a character, and uses CRLF only', () => {
    const long = '😀ab€'.repeat(200);
    const ics = followUpsToIcs([item({ note: long }, long, long)], { now: NOW });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of physicalLines(ics)) {
      expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // no dangling high surrogate
      expect(line).not.toMatch(/^ ?[\uDC00-\uDFFF]/);
    }
  });

  it('drops control characters that TEXT may not hold', () => {
    expect(escapeIcsText('a\u0000b\u0007c\u007fd\te')).toBe('abcd\te');
  });
});

describe('foldIcsLine (property)', () => {
  it('unfolds back to the original line and keeps each physical line ≤ 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeIcsText(text)}`;
        const folded = foldIcsLine(line);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        for (const part of folded.split('\r\n')) expect(utf8.encode(part).length).toBeLessThanOrEqual(75);
      }),
    );
  });

  it('round-trips any note through ical.js', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (note) => {
        const clean = Array.from(note)
          .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
          .filter((c) => c !== '\u007f')
          .join('')
          .replace(/\r\n?/g, '\n')
          .trim();
        const ics = followUpsToIcs([item({ note: clean })], { now: NOW });
        const [event] = events(ics);
        const expected = clean ? `${clean}\n\n` : '';
        expect(event?.description).toBe(`${expected}Deal: Fleet rollout\nCompany: Acme GmbH\nType: Call`);
      }),
    );
  });
});
