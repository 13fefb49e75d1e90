// Issue 18, items 2, 5, 7 and 9e: forecast, relocation on stage removal, the rep's own touches.
// Runs in UTC and America/New_York (tests/vitest.config.mts).
import { describe, expect, it } from 'vitest';
import type { Activity, Deal, StageKind } from '../model';
import { defaultSettings } from './defaults/settings';
import { freshLeadClock } from './followups';
import { forecastByMonth } from './forecast';
import { checkRelocation } from './pipelineEdit';
import { lastTouchAt } from './signals';
import { isStale } from './stale';
import { makeDeal, makeSignal, stageOf, T0, testPipeline, wonOutcome } from './testing/fixtures';
import { DAY_MS, HOUR_MS } from './time';

describe('item 2: won value is committed beside the weighted open pipeline', () => {
  // SQL probability 0.5, SAL 0.3.
  const sqlJan = makeDeal({ id: 'a', value: 10_000, expectedClose: '2026-01-20' }, 'sql');
  const wonJan = { ...sqlJan, status: 'won' as const, outcome: wonOutcome({ contractValue: 10_000 }) };
  const salJan = makeDeal({ id: 'b', value: 20_000, expectedClose: '2026-01-31' }, 'sal');
  const wonNoClose = makeDeal(
    {
      id: 'c',
      value: 7_000,
      expectedClose: null,
      status: 'won',
      outcome: wonOutcome({ signedDate: '2026-02-03' }),
    },
    'closed',
  );
  const cases: { name: string; deals: Deal[]; months: [string, number, number][] }[] = [
    { name: 'SQL 10,000 open in January', deals: [sqlJan], months: [['2026-01', 0, 5_000]] },
    { name: 'the same deal won', deals: [wonJan], months: [['2026-01', 10_000, 0]] },
    { name: 'won beside an open SAL deal', deals: [wonJan, salJan], months: [['2026-01', 10_000, 6_000]] },
    {
      name: 'won without an expected close: its signed month',
      deals: [wonNoClose],
      months: [['2026-02', 7_000, 0]],
    },
  ];
  it.each(cases)('$name', (c) => {
    const rows = forecastByMonth(c.deals, testPipeline);
    expect(rows.map((m) => [m.month, m.committed, m.weighted])).toEqual(c.months);
    for (const m of rows) expect(m.total).toBe(m.committed + m.weighted);
  });
});

describe('item 9e: a deal whose stage no longer exists is forecast with a warning', () => {
  it('counts at 0 (or its own probability) and says so', () => {
    const gone = makeDeal({
      id: 'g',
      title: 'Orphan',
      value: 5_000,
      stageId: 'removed',
      expectedClose: '2026-03-01',
    });
    const own = { ...gone, id: 'h', title: 'Own', probability: 0.4 };
    const [march] = forecastByMonth([gone, own], testPipeline);
    expect(march).toMatchObject({ month: '2026-03', weighted: 2_000, committed: 0 });
    expect(march?.warnings).toEqual([
      {
        dealId: 'g',
        title: 'Orphan',
        message:
          '"Orphan" is in a stage this pipeline no longer has, so it counts at 0%: move it to a stage.',
      },
      {
        dealId: 'h',
        title: 'Own',
        message: '"Own" is in a stage this pipeline no longer has, so it counts at 40%: move it to a stage.',
      },
    ]);
  });
});

describe('item 5: removing a stage moves deals only where the entry rules accept them', () => {
  const input = { settings: defaultSettings(), activities: [], now: T0 };
  const won = (kind: StageKind) =>
    makeDeal({ id: `won-${kind}`, title: 'Won deal', status: 'won', outcome: wonOutcome() }, kind);
  const cases: { name: string; removed: StageKind; to: StageKind; deal: Deal; message: string | null }[] = [
    {
      name: 'open SQL deal → Post-Sale',
      removed: 'sql',
      to: 'post-sale',
      deal: makeDeal({}, 'sql'),
      message:
        '1 deal cannot move to Post-Sale: "Acme rollout" (an open deal enters Post-Sale only by being won or lost). Move them first or choose another stage.',
    },
    {
      name: 'won Closed deal → Lead Generation',
      removed: 'closed',
      to: 'lead-generation',
      deal: won('closed'),
      message:
        '1 deal cannot move to Lead Generation: "Won deal" (a won deal stays in Closed Deal or later). Move them first or choose another stage.',
    },
    {
      name: 'won Post-Sale deal → Closed Deal',
      removed: 'post-sale',
      to: 'closed',
      deal: won('post-sale'),
      message: null,
    },
    {
      name: 'open MQL deal, not accepted → SAL',
      removed: 'mql',
      to: 'sal',
      deal: makeDeal({}, 'mql'),
      message:
        '1 deal cannot move to Sales Accepted Lead: "Acme rollout" (Sales has not accepted the lead, and its score 0 is below the auto-accept threshold 80). Move them first or choose another stage.',
    },
    {
      name: 'open MQL deal, accepted → SAL',
      removed: 'mql',
      to: 'sal',
      deal: makeDeal({ salAccepted: true }, 'mql'),
      message: null,
    },
    {
      name: 'open MQL deal → Lead Nurturing (back)',
      removed: 'mql',
      to: 'nurturing',
      deal: makeDeal({}, 'mql'),
      message: null,
    },
  ];
  it.each(cases)('$name', (c) => {
    const r = checkRelocation(testPipeline, stageOf(c.removed).id, stageOf(c.to).id, [c.deal], () => input);
    expect(r.ok ? null : r.message).toBe(c.message);
  });
});

describe("item 7: only the rep's own touches stop the rep's clocks", () => {
  const touch = (type: Activity['type'], at: number): Activity => ({
    ...makeSignal('email-opened', at),
    type,
    signal: null,
    id: `${type}-${at}`,
  });
  const since = T0;
  const cases: { name: string; acts: Activity[]; last: number }[] = [
    { name: 'an opened e-mail only', acts: [makeSignal('email-opened', since + HOUR_MS)], last: since },
    {
      name: 'a site visit and a trial request',
      acts: [makeSignal('website-visit', since + HOUR_MS), makeSignal('trial-request', since + 2 * HOUR_MS)],
      last: since,
    },
    { name: 'a call', acts: [touch('call', since + HOUR_MS)], last: since + HOUR_MS },
    {
      name: 'an e-mail sent, then a signal',
      acts: [touch('email', since + HOUR_MS), makeSignal('email-opened', since + 3 * HOUR_MS)],
      last: since + HOUR_MS,
    },
    { name: 'a meeting', acts: [touch('meeting', since + 2 * HOUR_MS)], last: since + 2 * HOUR_MS },
    { name: 'a note', acts: [touch('note', since + 4 * HOUR_MS)], last: since + 4 * HOUR_MS },
  ];
  it.each(cases)('$name → last touch +$last', (c) => {
    expect(lastTouchAt(c.acts, since)).toBe(c.last);
  });

  it('a signal neither stops the fresh-lead clock nor resets the stale timer', () => {
    const acts = [makeSignal('email-opened', since + HOUR_MS)];
    const mql = makeDeal({ stageEnteredAt: since, lastActivityAt: lastTouchAt(acts, since) }, 'mql');
    expect(freshLeadClock(mql, stageOf('mql'), since + 50 * HOUR_MS)).toMatchObject({
      overdue: true,
      text: 'untouched 50 h / 48 h',
    });
    const nurturing = makeDeal(
      {
        stageEnteredAt: since,
        lastActivityAt: lastTouchAt([makeSignal('website-visit', since + 10 * DAY_MS)], since),
      },
      'nurturing',
    );
    expect(
      isStale({ deal: nurturing, stage: stageOf('nurturing'), now: since + 15 * DAY_MS, nextStep: null })
        .stale,
    ).toBe(true);
  });
});
