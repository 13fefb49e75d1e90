// "My numbers" answers each figure's value and how many deals are behind it; `figureDeals`
// lists those deals from the same inputs. Property: for any book of deals and touches, the two
// agree figure by figure, and the numbers' answer holds no deal at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../../model';
import { makeDeal, stageOf, testPipeline, wonOutcome } from '../../engine/testing/fixtures';
import { FIGURE_IDS, figureDeals, myNumbers, type NumbersInput } from './numbers';

const NOW = new Date(2026, 0, 20, 10).getTime();
const DAYS = ['2025-12-31', '2026-01-01', '2026-01-15', '2026-01-31', '2026-02-01'];

const arbDeal = fc
  .record({
    won: fc.boolean(),
    day: fc.constantFrom(...DAYS),
    value: fc.integer({ min: 0, max: 200_000 }),
    currency: fc.constantFrom('USD', 'EUR', 'GBP'),
  })
  .map(({ won, day, value, currency }): Deal =>
    won
      ? makeDeal(
          { status: 'won', value, currency, outcome: wonOutcome({ signedDate: day, contractValue: value }) },
          'closed',
        )
      : makeDeal({ value, currency, expectedClose: day }, 'sql'),
  );

const arbInput = fc
  .record({
    deals: fc.array(arbDeal, { maxLength: 40 }),
    touches: fc.array(fc.record({ deal: fc.nat(60), hour: fc.integer({ min: -200, max: 200 }) }), {
      maxLength: 40,
    }),
    quota: fc.constantFrom(0, 50_000, 1_000_000),
  })
  .map(({ deals, touches, quota }): NumbersInput => ({
    deals: deals.map((d, i) => ({ ...d, id: `d${i}` })),
    pipelines: [testPipeline],
    activities: touches.map((t) => ({ dealId: `d${t.deal}`, type: 'call', at: NOW + t.hour * 3_600_000 })),
    goals: { quotaPeriod: 'month', quota, weeklyActivityGoal: 10 },
    money: { home: 'USD', rates: { EUR: 1.1 } },
    now: NOW,
  }));

describe('the numbers count what figureDeals lists', () => {
  it('every figure: its count is the length of its list, its value the sum of its shares', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const n = myNumbers(input);
        expect(JSON.stringify(n)).not.toMatch(/"dealId"|"items"|"deals"/);
        for (const id of FIGURE_IDS) {
          const list = figureDeals(input, id);
          expect(list.figure).toBe(id);
          expect(n[id].count).toBe(list.items.length);
          const amounts = list.items.map((i) => i.amount);
          expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
          // Every deal of the list is named once, with what the list shows of it.
          expect(list.deals.map((d) => d.id).sort()).toEqual(
            list.items
              .map((i) => i.dealId)
              .filter((dealId) => input.deals.some((d) => d.id === dealId))
              .sort(),
          );
          const sum = amounts.reduce((a, b) => a + b, 0);
          if (id === 'won' || id === 'weighted' || id === 'activity') expect(n[id].value).toBeCloseTo(sum, 6);
        }
        expect(figureDeals(input, 'gap').items).toEqual(figureDeals(input, 'won').items);
        expect(figureDeals(input, 'coverage').items).toEqual(figureDeals(input, 'weighted').items);
      }),
      { numRuns: 150 },
    );
  });

  it('names a won deal with its stage and status', () => {
    const won = makeDeal(
      { id: 'w', title: 'Signed', status: 'won', outcome: wonOutcome({ signedDate: '2026-01-05' }) },
      'closed',
    );
    const input: NumbersInput = {
      deals: [won],
      pipelines: [testPipeline],
      activities: [],
      goals: { quotaPeriod: 'month', quota: 0, weeklyActivityGoal: 0 },
      money: { home: 'USD', rates: {} },
      now: NOW,
    };
    expect(figureDeals(input, 'won')).toEqual({
      figure: 'won',
      items: [{ dealId: 'w', amount: 25_000 }],
      deals: [
        { id: 'w', title: 'Signed', companyName: 'Acme', status: 'won', stageName: stageOf('closed').name },
      ],
    });
  });
});
