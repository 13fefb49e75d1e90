import { describe, expect, it } from 'vitest';
import { handoffMailto, MAILTO_MAX_LENGTH, TRUNCATION_NOTE } from './mailto';
import { fixtureChecklist, fixtureDoc, fixtureItem, fixtureSection } from './testing/fixture';

function parts(url: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=(.*)$/.exec(url);
  expect(match).not.toBeNull();
  return {
    to: decodeURIComponent(match?.[1] ?? ''),
    subject: decodeURIComponent(match?.[2] ?? ''),
    body: decodeURIComponent(match?.[3] ?? ''),
  };
}

describe('handoffMailto', () => {
  it('builds a mailto with recipient, subject and CRLF plain-text body', () => {
    const small = fixtureDoc({
      checklist: fixtureChecklist([
        fixtureSection('priorities', 'Priorities', [fixtureItem('Cut cost', { done: true, value: 'by 8%' })]),
      ]),
      timeline: [],
    });
    small.deal = { ...small.deal, notes: '' };
    const url = handoffMailto(small, 'cs.team@example.com');
    expect(url.startsWith('mailto:cs.team@example.com?subject=')).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const { to, subject, body } = parts(url);
    expect(to).toBe('cs.team@example.com');
    expect(subject).toBe('Handoff: Fleet telematics rollout (Nordwind Logistics GmbH)');
    expect(body.split('\r\n').slice(0, 4)).toEqual([
      'Handoff notes: Fleet telematics rollout',
      'Generated 2025-06-02 09:05 by Sam Rep',
      '',
      'DEAL FACTS',
    ]);
    expect(body).toContain(
      '\r\nCONTACTS AND ROLES\r\n- Katrin Vogel (Decision-maker), COO, k.vogel@nordwind.example, +49 40 1234 567\r\n',
    );
    expect(body).toContain('\r\nPRIORITIES\r\n☑ Cut cost: by 8%');
    expect(body).not.toContain(TRUNCATION_NOTE);
  });

  it('works without a recipient and encodes hostile characters', () => {
    const doc = fixtureDoc();
    doc.deal = { ...doc.deal, title: 'A&B?subject=x\r\nBcc: evil@x.com' };
    const url = handoffMailto(doc, 'a@b.com?bcc=evil@x.com');
    expect(url).toMatch(/^mailto:a@b\.com%3Fbcc%3Devil@x\.com\?subject=[^&?]*&body=[^&?]*$/);
    expect(parts(url).subject).toBe('Handoff: A&B?subject=x Bcc: evil@x.com (Nordwind Logistics GmbH)');
    expect(handoffMailto(fixtureDoc()).startsWith('mailto:?subject=')).toBe(true);
  });

  it('truncates a long body politely on whole lines and stays within 1,900 characters', () => {
    const url = handoffMailto(fixtureDoc(), 'cs@example.com');
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const { body } = parts(url);
    expect(body.endsWith(`\r\n\r\n${TRUNCATION_NOTE}`)).toBe(true);
    const kept = body.slice(0, -(TRUNCATION_NOTE.length + 4)).split('\r\n');
    expect(kept[0]).toBe('Handoff notes: Fleet telematics rollout');
    expect(kept.at(-1)).toBe('☐ Pilot with 20 trucks live (2025-07-01)');
  });

  it('cuts even a single huge line without breaking a character', () => {
    const doc = fixtureDoc();
    doc.deal = { ...doc.deal, title: '😀é'.repeat(1000) };
    const url = handoffMailto(doc);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const { body, subject } = parts(url); // decodeURIComponent throws on a split sequence
    expect(body.startsWith('Handoff notes: 😀é😀é')).toBe(true);
    expect(Array.from(subject).length).toBeLessThanOrEqual(160);
  });
});
