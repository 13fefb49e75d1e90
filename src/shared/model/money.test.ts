import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currencyContext, inHomeCurrency, rateToHome, toHome } from './currency';
import { CurrencyCode, ExchangeRates } from './money';

const context = { home: 'USD', rates: { EUR: 1.1, GBP: 1.25 } };

describe('currency codes and rates', () => {
  it('takes upper-case three-letter codes only', () => {
    expect(CurrencyCode.safeParse('EUR').success).toBe(true);
    for (const bad of ['eur', 'EURO', 'E1R', '', '€'])
      expect(CurrencyCode.safeParse(bad).success).toBe(false);
  });

  it('refuses rates that are not positive numbers', () => {
    expect(ExchangeRates.safeParse({ EUR: 1.08 }).success).toBe(true);
    for (const bad of [{ EUR: 0 }, { EUR: -1 }, { EUR: Infinity }, { eur: 1 }])
      expect(ExchangeRates.safeParse(bad).success).toBe(false);
  });

  it('converts with the rate, the home currency at 1, and no rate as null', () => {
    expect(rateToHome(undefined, context)).toBe(1);
    expect(rateToHome('USD', context)).toBe(1);
    expect(toHome(200, 'EUR', context)).toBeCloseTo(220, 9);
    expect(toHome(200, 'CHF', context)).toBeNull();
    expect(currencyContext({ currency: 'EUR' })).toEqual({ home: 'EUR', rates: {} });
  });
});

describe('inHomeCurrency', () => {
  const won = (contractValue: number) => ({ kind: 'won', contractValue });

  it('converts values and won contract values, and lists deals without a rate at 0', () => {
    const { deals, unconverted } = inHomeCurrency(
      [
        { id: 'a', title: 'A', value: 100, outcome: null },
        { id: 'b', title: 'B', value: 100, currency: 'GBP', outcome: won(80) },
        { id: 'c', title: 'C', value: 100, currency: 'JPY', outcome: won(90) },
      ],
      context,
    );
    expect(deals.map((d) => [d.value, d.outcome?.contractValue ?? null, d.currency])).toEqual([
      [100, null, undefined],
      [125, 100, undefined],
      [0, 0, undefined],
    ]);
    expect(unconverted).toEqual([{ id: 'c', title: 'C', currency: 'JPY' }]);
  });

  it('never changes the number of deals, and a total is the sum of the converted parts (property)', () => {
    const deal = fc.record({
      id: fc.uuid(),
      title: fc.string(),
      value: fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
      currency: fc.constantFrom(undefined, 'USD', 'EUR', 'GBP', 'JPY'),
      outcome: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 30 }), (list) => {
        const { deals, unconverted } = inHomeCurrency(list, context);
        expect(deals).toHaveLength(list.length);
        expect(unconverted.map((u) => u.id)).toEqual(
          list.filter((d) => d.currency === 'JPY').map((d) => d.id),
        );
        const expected = list.reduce((sum, d) => sum + (toHome(d.value, d.currency, context) ?? 0), 0);
        expect(deals.reduce((sum, d) => sum + d.value, 0)).toBeCloseTo(expected, 6);
      }),
    );
  });
});
