import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../../shared/domains/insights/types';
import { sharedAnswer } from '../../state/sharedAnswer';
import { cardsFor } from './cards';
import { CHARTS } from './chartList';

const stages = [
  { id: 's1', name: 'Lead' },
  { id: 's2', name: 'Qualified' },
];

/** A small answer: two stages, one source, one week of activity. */
const answer = (now: number, leadCount: number): Dashboard => ({
  pipeline: { id: 'p', name: 'Sales', stages: stages.map((s) => ({ ...s })) },
  period: '90d',
  from: 0,
  now,
  funnel: stages.map((s, i) => ({ ...s, count: i === 0 ? leadCount : 1, value: 1000 })),
  conversion: stages.map((s) => ({ ...s, entered: 2, advanced: 1, rate: 0.5 })),
  timeInStage: stages.map((s) => ({ ...s, visits: 1, averageDays: 3 })),
  forecast: [
    { month: '2026-12', byStage: { s1: 100 }, weighted: 100, committed: 0, total: 100, warnings: [] },
  ],
  outcomes: {
    won: 1,
    lost: 0,
    disqualified: 0,
    wonValue: 500,
    lostValue: 0,
    winRate: 1,
    lostReasons: [],
    wonReasons: [{ reason: 'Price', count: 1, value: 500 }],
  },
  sources: [
    { source: 'event', label: 'Event', leads: 2, reachedSql: 1, sqlRate: 0.5, won: 1, wonValue: 500 },
  ],
  activity: [
    { week: '2026-W49', start: 0, total: 3, byType: { call: 1, email: 1, meeting: 1, note: 0, signal: 0 } },
  ],
  currency: 'USD',
  unconverted: [],
});

const byId = (cards: ReturnType<typeof cardsFor>) => new Map(cards.map((c) => [c.chart.id, c]));

describe('cardsFor', () => {
  it('makes one card per chart, in reading order', () => {
    const cards = cardsFor(answer(1, 2), []);
    expect(cards.map((c) => c.chart.id)).toEqual(CHARTS.map((c) => c.id));
    expect(byId(cards).get('funnel')!.table.rows).toEqual([
      ['Lead', 2, 1000],
      ['Qualified', 1, 1000],
    ]);
  });

  it('keeps the card of every chart whose parts of the new answer did not change', () => {
    const first = answer(1, 2);
    const before = cardsFor(first, []);
    // Asked again later, one deal fewer in the first stage: only the funnel's figures differ.
    const next = sharedAnswer(first, answer(2, 1));
    const after = byId(cardsFor(next, before));
    for (const card of before)
      if (card.chart.id === 'funnel') expect(after.get('funnel')).not.toBe(card);
      else expect(after.get(card.chart.id)).toBe(card);
    expect(after.get('funnel')!.table.rows[0]).toEqual(['Lead', 1, 1000]);
  });

  it('a renamed stage redraws the charts that name stages, the forecast among them', () => {
    const first = answer(1, 2);
    const before = byId(cardsFor(first, []));
    const renamed = answer(1, 2);
    renamed.pipeline.stages[1]!.name = 'Qualified lead';
    const after = byId(cardsFor(sharedAnswer(first, renamed), [...before.values()]));
    expect(after.get('forecast')).not.toBe(before.get('forecast'));
    expect(after.get('forecast')!.table.columns.map((c) => c.label)).toContain('Qualified lead');
    expect(after.get('activity')).toBe(before.get('activity'));
    expect(after.get('sources')).toBe(before.get('sources'));
  });
});
