import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Activity } from '../model';
import { COMPANY_SIZES, DECISION_ROLES, SIGNAL_KINDS } from '../model';
import { scoreLead } from './score';
import { defaultSettings } from './defaults/settings';
import { makeDeal, makeSignal, T0 } from './testing/fixtures';
import { DAY_MS } from './time';

const settings = defaultSettings();
// CPU-bound property runs: a generous timeout so a busy machine never fails them.
const TIMEOUT_MS = 60_000;
const arbDeal = fc
  .record({
    role: fc.option(fc.constantFrom(...DECISION_ROLES), { nil: null }),
    size: fc.option(fc.constantFrom(...COMPANY_SIZES), { nil: null }),
    industry: fc.constantFrom('', 'Software', 'Mining', 'healthcare'),
  })
  .map(({ role, size, industry }) =>
    makeDeal({ profile: { ...makeDeal().profile, decisionRole: role, companySize: size, industry } }),
  );
const arbActivities = fc.array(
  fc.record({ signal: fc.constantFrom(...SIGNAL_KINDS), age: fc.integer({ min: 0, max: 400 * DAY_MS }) }),
  { maxLength: 40 },
);
const toActivities = (
  list: { signal: (typeof SIGNAL_KINDS)[number]; age: number }[],
  now: number,
): Activity[] => list.map((a, i) => makeSignal(a.signal, now - a.age, 'deal-1', `a${i}`));

describe('lead score properties', () => {
  it(
    'stays an integer in 0–100',
    () => {
      fc.assert(
        fc.property(arbDeal, arbActivities, (deal, list) => {
          const { score } = scoreLead({ deal, activities: toActivities(list, T0), settings, now: T0 });
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never falls when a signal is added at the same moment',
    () => {
      fc.assert(
        fc.property(arbDeal, arbActivities, fc.constantFrom(...SIGNAL_KINDS), (deal, list, extra) => {
          const activities = toActivities(list, T0);
          const before = scoreLead({ deal, activities, settings, now: T0 }).score;
          const after = scoreLead({
            deal,
            activities: [...activities, makeSignal(extra, T0, 'deal-1', 'extra')],
            settings,
            now: T0,
          }).score;
          expect(after).toBeGreaterThanOrEqual(before);
        }),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'decays (never rises) as time passes',
    () => {
      fc.assert(
        fc.property(
          arbDeal,
          arbActivities,
          fc.integer({ min: 0, max: 200 * DAY_MS }),
          (deal, list, later) => {
            const activities = toActivities(list, T0);
            const now = scoreLead({ deal, activities, settings, now: T0 }).score;
            const then = scoreLead({ deal, activities, settings, now: T0 + later }).score;
            expect(then).toBeLessThanOrEqual(now);
          },
        ),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'explains itself: every breakdown line is positive and engagement lines are dated',
    () => {
      fc.assert(
        fc.property(arbDeal, arbActivities, (deal, list) => {
          const { breakdown } = scoreLead({ deal, activities: toActivities(list, T0), settings, now: T0 });
          for (const line of breakdown) {
            expect(line.points).toBeGreaterThan(0);
            expect(line.kind === 'engagement').toBe(line.at !== undefined);
          }
        }),
      );
    },
    TIMEOUT_MS,
  );
});
