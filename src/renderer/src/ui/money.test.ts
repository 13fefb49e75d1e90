import { describe, expect, it } from 'vitest';
import { moneyIn } from './money';

describe('money in the home currency', () => {
  it('formats in the currency it is given, whole amounts without cents, others with two', () => {
    const eur = moneyIn('EUR');
    expect(eur.format(12_500)).toMatch(/€/);
    expect(eur.format(12_500)).not.toMatch(/\$/);
    expect(eur.format(12_500)).toMatch(/12.500(?![.,]\d)/);
    expect(eur.format(12_500.5)).toMatch(/12.500[.,]50/);
    expect(moneyIn('USD').format(12_500)).toMatch(/\$/);
  });

  it('has a compact form for headers and axes', () => {
    expect(moneyIn('USD').compact(152_500)).toMatch(/\$152\.5K/);
  });

  it('still shows an amount when the stored code is not a currency code Intl accepts', () => {
    expect(moneyIn('US$').format(12_500)).toMatch(/^12.500 US\$$/);
  });

  it('returns the same formatter for the same currency', () => {
    expect(moneyIn('GBP')).toBe(moneyIn('GBP'));
  });
});
