import { describe, expect, it } from 'vitest';
import { SIGNAL_KINDS } from '../model';
import { decayedPoints, formatScoreLine, MAX_SIGNALS_PER_KIND, scoreLead } from './score';
import { defaultSettings } from './defaults/settings';
import { makeDeal, makeSignal, T0 } from './testing/fixtures';
import { DAY_MS, HOUR_MS } from './time';

const settings = defaultSettings();
const profile = makeDeal().profile;

describe('scoreLead', () => {
  it('is 0 for a lead with no fit and no engagement', () => {
    expect(scoreLead({ deal: makeDeal(), activities: [], settings, now: T0 })).toEqual({
      score: 0,
      breakdown: [],
    });
  });

  it('explains fit from role, company size and a target industry (case-insensitive)', () => {
    const deal = makeDeal({
      profile: { ...profile, decisionRole: 'decision-maker', companySize: '201-1000', industry: 'software' },
    });
    const { score, breakdown } = scoreLead({ deal, activities: [], settings, now: T0 });
    expect(score).toBe(45);
    expect(breakdown.map((l) => formatScoreLine(l, T0))).toEqual([
      '+20 is a decision-maker',
      '+15 company size 201-1000 employees',
      '+10 target industry (software)',
    ]);
    expect(breakdown.every((l) => l.kind === 'fit')).toBe(true);
  });

  it('uses the best contact role when the profile has none', () => {
    const deal = makeDeal({
      contacts: [
        { contactId: 'c1', role: 'user' },
        { contactId: 'c2', role: 'champion' },
      ],
    });
    expect(scoreLead({ deal, activities: [], settings, now: T0 }).score).toBe(15);
  });

  it('halves a signal every half-life and labels it with its age', () => {
    const trial = makeSignal('trial-request', T0 - 14 * DAY_MS);
    const { score, breakdown } = scoreLead({ deal: makeDeal(), activities: [trial], settings, now: T0 });
    expect(score).toBe(8); // 15 × 0.5 = 7.5 → 8
    expect(breakdown).toEqual([
      { label: 'requested a trial', points: 7.5, kind: 'engagement', at: trial.at },
    ]);
    expect(
      formatScoreLine(
        { label: 'requested a trial', points: 15, kind: 'engagement', at: T0 - 3 * DAY_MS },
        T0,
      ),
    ).toBe('+15 requested a trial, 3 days ago');
    expect(
      formatScoreLine({ label: 'opened an e-mail', points: 2, kind: 'engagement', at: T0 - 2 * HOUR_MS }, T0),
    ).toBe('+2 opened an e-mail, 2 h ago');
  });

  it('counts a logged meeting as "meeting held" and ignores other deals\' activities', () => {
    const meeting = { ...makeSignal('meeting-held', T0), type: 'meeting' as const, signal: null };
    const other = makeSignal('trial-request', T0, 'deal-2');
    expect(scoreLead({ deal: makeDeal(), activities: [meeting, other], settings, now: T0 }).score).toBe(15);
  });

  it(`counts only the ${MAX_SIGNALS_PER_KIND} most recent signals of a kind and caps at 100`, () => {
    const visits = Array.from({ length: 10 }, (_, i) =>
      makeSignal('website-visit', T0 - i * HOUR_MS, 'deal-1', `v${i}`),
    );
    const r = scoreLead({ deal: makeDeal(), activities: visits, settings, now: T0 });
    expect(r.breakdown).toHaveLength(MAX_SIGNALS_PER_KIND);
    expect(r.score).toBe(9);
    const everything = SIGNAL_KINDS.flatMap((k) =>
      [0, 1, 2].map((j) => makeSignal(k, T0, 'deal-1', `${k}-${j}`)),
    );
    const deal = makeDeal({
      profile: { ...profile, decisionRole: 'decision-maker', companySize: '201-1000', industry: 'Software' },
    });
    expect(scoreLead({ deal, activities: everything, settings, now: T0 }).score).toBe(100);
  });

  it('decays with a configurable half-life', () => {
    expect(decayedPoints(10, 0, 14)).toBe(10);
    expect(decayedPoints(10, 7 * DAY_MS, 7)).toBe(5);
    expect(decayedPoints(10, -DAY_MS, 7)).toBe(10);
  });
});
