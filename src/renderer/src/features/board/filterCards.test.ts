import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from '../../../../shared/engine';
import { cardViews } from './cardView';
import {
  groupByStage,
  isFiltering,
  matchesFilters,
  narrows,
  NO_FILTERS,
  compareCards,
  resortCards,
  sortCards,
  type SortKey,
} from './filterCards';
import { card, NOW, pipeline, sortableCards } from './testing/cards';

const views = cardViews(
  [
    card({
      title: 'Fleet pilot',
      companyName: 'Harbor',
      contactEmail: 'ingrid@harbor.example',
      source: 'trial',
      score: 80,
      value: 5000,
    }),
    card({
      title: 'CRM rollout',
      companyName: 'Cobalt',
      source: 'event',
      score: 20,
      value: 9000,
      nextFollowUpAt: NOW - DAY_MS,
    }),
    card({
      title: 'Old lead',
      companyName: 'Dusty',
      score: 40,
      value: 100,
      stageEnteredAt: NOW - 30 * DAY_MS,
      lastActivityAt: NOW - 30 * DAY_MS,
    }),
  ],
  pipeline,
  NOW,
);
const titles = (list: typeof views) => list.map((v) => v.card.title);

describe('matchesFilters', () => {
  it('finds cards by title, company or contact e-mail, case-insensitively', () => {
    expect(titles(views.filter(matchesFilters({ ...NO_FILTERS, text: 'harbor' })))).toEqual(['Fleet pilot']);
    expect(titles(views.filter(matchesFilters({ ...NO_FILTERS, text: 'INGRID@' })))).toEqual(['Fleet pilot']);
    expect(titles(views.filter(matchesFilters({ ...NO_FILTERS, text: 'rollout' })))).toEqual(['CRM rollout']);
  });

  it('filters by source, score range, stale and missing next step', () => {
    expect(titles(views.filter(matchesFilters({ ...NO_FILTERS, source: 'trial' })))).toEqual(['Fleet pilot']);
    expect(titles(views.filter(matchesFilters({ ...NO_FILTERS, scoreMin: 30, scoreMax: 50 })))).toEqual([
      'Old lead',
    ]);
    expect(titles(views.filter(matchesFilters({ ...NO_FILTERS, staleOnly: true })))).toEqual(['Old lead']);
    expect(titles(views.filter(matchesFilters({ ...NO_FILTERS, noNextStep: true })))).toEqual([
      'Fleet pilot',
      'Old lead',
    ]);
  });

  it('knows when any filter is active', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, text: ' x ' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, scoreMax: 99 })).toBe(true);
  });
});

describe('narrows', () => {
  it('is true when the next filters can only let fewer cards through', () => {
    const f = { ...NO_FILTERS, text: 'nor' };
    expect(narrows(NO_FILTERS, f)).toBe(true);
    expect(narrows(f, { ...f, text: 'north' })).toBe(true);
    expect(narrows(f, { ...f, text: ' NORTH ' })).toBe(true);
    expect(narrows(f, { ...f, text: 'rth' })).toBe(false); // a deletion: more cards again
    expect(narrows(f, { ...f, text: 'no' })).toBe(false);
    expect(narrows(f, { ...f, source: 'trial' })).toBe(true);
    expect(narrows({ ...f, source: 'trial' }, { ...f, source: 'event' })).toBe(false);
    expect(narrows(f, { ...f, scoreMin: 10, scoreMax: 90 })).toBe(true);
    expect(narrows({ ...f, scoreMin: 10 }, f)).toBe(false);
    expect(narrows(f, { ...f, staleOnly: true, noNextStep: true })).toBe(true);
    expect(narrows({ ...f, staleOnly: true }, f)).toBe(false);
    expect(narrows({ ...f, noNextStep: true }, f)).toBe(false);
  });

  it('means what it says: a narrowing filter lets through a subset of what the previous one did', () => {
    const arbFilters = fc.record({
      text: fc.constantFrom('', 'o', 'ol', 'old', 'pilot', 'crm', 'harbor'),
      source: fc.constantFrom<'' | 'trial' | 'event'>('', 'trial', 'event'),
      scoreMin: fc.constantFrom(0, 20, 50),
      scoreMax: fc.constantFrom(100, 80, 40),
      staleOnly: fc.boolean(),
      noNextStep: fc.boolean(),
    });
    fc.assert(
      fc.property(arbFilters, arbFilters, (a, b) => {
        if (!narrows(a, b)) return;
        const before = new Set(views.filter(matchesFilters(a)));
        expect(views.filter(matchesFilters(b)).every((v) => before.has(v))).toBe(true);
      }),
    );
  });
});

describe('resortCards', () => {
  it('gives the order a full sort gives after cards left and came', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.nat(1e4), score: fc.nat(100), age: fc.nat(60), keep: fc.boolean() }), {
          maxLength: 60,
        }),
        fc.array(fc.record({ value: fc.nat(1e4), score: fc.nat(100), age: fc.nat(60) }), { maxLength: 80 }),
        fc.constantFrom<SortKey>('urgency', 'value', 'score', 'age'),
        (rows, added, key) => {
          const make = (r: { value: number; score: number; age: number }) =>
            card({
              value: r.value,
              score: r.score,
              stageEnteredAt: NOW - r.age * DAY_MS,
              title: `T${r.score % 7}`,
            });
          const before = cardViews(rows.map(make), pipeline, NOW);
          const kept = before.filter((_, i) => rows[i]!.keep);
          const members = [...cardViews(added.map(make), pipeline, NOW), ...kept];
          expect(resortCards(sortCards(before, key), members, key)).toEqual(sortCards(members, key));
        },
      ),
    );
  });
});

describe('sortCards', () => {
  it('sorts by urgency, value, score and age', () => {
    expect(titles(sortCards(views, 'urgency'))[0]).toBe('CRM rollout');
    expect(titles(sortCards(views, 'value'))).toEqual(['CRM rollout', 'Fleet pilot', 'Old lead']);
    expect(titles(sortCards(views, 'score'))).toEqual(['Fleet pilot', 'Old lead', 'CRM rollout']);
    expect(titles(sortCards(views, 'age'))[0]).toBe('Old lead');
  });

  it('is a stable permutation for any input and key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.nat(1e6), score: fc.nat(100), age: fc.nat(60) }), { maxLength: 40 }),
        fc.constantFrom<SortKey>('urgency', 'value', 'score', 'age'),
        (rows, key) => {
          const list = cardViews(
            rows.map((r) => card({ value: r.value, score: r.score, stageEnteredAt: NOW - r.age * DAY_MS })),
            pipeline,
            NOW,
          );
          const sorted = sortCards(list, key);
          expect(sorted.map((v) => v.card.id).sort()).toEqual(list.map((v) => v.card.id).sort());
          expect(sortCards([...list].reverse(), key).map((v) => v.card.id)).toEqual(
            sorted.map((v) => v.card.id),
          );
        },
      ),
    );
  });
});

describe('sortCards on numeric keys', () => {
  it('gives the order of the card comparison (localeCompare on ties) for any cards and key', () => {
    fc.assert(
      fc.property(
        sortableCards(['Ärzte', 'arzte', 'Zebra', 'zebra', 'b', 'B', 'É', ''], 60),
        fc.constantFrom<SortKey>('urgency', 'value', 'score', 'age'),
        (list, key) => {
          expect(sortCards(list, key)).toEqual([...list].sort(compareCards(key)));
        },
      ),
    );
  });

  it('breaks ties by title as localeCompare does', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        const [a, b] = cardViews([card({ title: x }), card({ title: y })], pipeline, NOW);
        const byTitle = Math.sign(compareCards('value')(a!, b!));
        const expected = Math.sign(x.localeCompare(y) || a!.card.id.localeCompare(b!.card.id));
        expect(byTitle).toBe(expected);
      }),
    );
  });
});

describe('groupByStage', () => {
  it('has every stage, in order, even empty ones', () => {
    const groups = groupByStage(
      views,
      pipeline.stages.map((s) => s.id),
    );
    expect([...groups.keys()]).toEqual(pipeline.stages.map((s) => s.id));
    expect(groups.get(pipeline.stages[0]!.id)).toHaveLength(3);
  });
});
