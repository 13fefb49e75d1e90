import { describe, expect, it } from 'vitest';
import { firstNameOf, nextStepText, placeholderValues, type TemplateContext } from './values';
import { fillPlaceholders } from './placeholders';
import { messageMailto } from './mailto';

const DAY = 86_400_000;
const ctx: TemplateContext = {
  deal: { title: 'Fleet rollout', companyName: 'Ironbark Capital' },
  contact: { name: '  Maria  Lopez ' },
  stageName: 'Sales Qualified Lead',
  followUps: [
    { dueAt: 3 * DAY, type: 'call', note: 'Late call', status: 'open' },
    { dueAt: 1 * DAY, type: 'meeting', note: 'Old demo', status: 'done' },
    { dueAt: 2 * DAY, type: 'meeting', note: 'Demo for the ops team\nbring slides', status: 'open' },
  ],
  repName: 'Sam Rep',
  formatDay: (at) => `day ${at / DAY}`,
};

describe('placeholder values of a deal', () => {
  it('takes the first name, company, deal, stage, the earliest open follow-up and the rep', () => {
    expect(placeholderValues(ctx)).toEqual({
      firstName: 'Maria',
      company: 'Ironbark Capital',
      deal: 'Fleet rollout',
      stage: 'Sales Qualified Lead',
      nextStep: 'Demo for the ops team on day 2',
      myName: 'Sam Rep',
    });
  });

  it('names a follow-up without a note by its type, and is blank without one', () => {
    expect(
      nextStepText({ ...ctx, followUps: [{ dueAt: DAY, type: 'call', note: ' ', status: 'open' }] }),
    ).toBe('call on day 1');
    expect(nextStepText({ ...ctx, followUps: [] })).toBe('');
    expect(firstNameOf('')).toBe('');
  });

  it('leaves no contact and no rep name blank, so their placeholders are reported', () => {
    const v = placeholderValues({ ...ctx, contact: null, repName: '' });
    const filled = fillPlaceholders('Hi {{firstName}}, {{company}}. {{myName}}', v);
    expect(filled).toEqual({
      text: 'Hi {{firstName}}, Ironbark Capital. {{myName}}',
      unfilled: ['{{firstName}}', '{{myName}}'],
    });
  });
});

describe('messageMailto', () => {
  it('encodes recipient, subject and CRLF body with encodeURIComponent', () => {
    expect(
      messageMailto(' maria@ironbark.example ', 'Q&A: next\nsteps?', 'Hi Maria,\n\nSee you & bye=1\r\n'),
    ).toBe(
      'mailto:maria@ironbark.example?subject=Q%26A%3A%20next%20steps%3F&body=Hi%20Maria%2C%0D%0A%0D%0ASee%20you%20%26%20bye%3D1%0D%0A',
    );
  });

  it('cannot be steered into more headers or recipients', () => {
    const url = messageMailto('a@b.example?bcc=evil@x.example', 'x&bcc=evil@x.example', 'y');
    expect(url).toBe('mailto:a@b.example%3Fbcc%3Devil@x.example?subject=x%26bcc%3Devil%40x.example&body=y');
  });
});
