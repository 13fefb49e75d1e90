// Converting amounts to the home currency (money.ts holds the currency schemas), zod-free.
import type { ExchangeRates } from './money';

/** What converting needs: the home currency and the rates. */
export interface CurrencyContext {
  home: string;
  rates: Readonly<ExchangeRates>;
}

/**
 * The rate that turns one unit of `currency` into home units: 1 for the home currency, the
 * rep's rate otherwise, `null` when the rep has not set one (the amount cannot be totalled).
 */
export function rateToHome(currency: string | undefined, context: CurrencyContext): number | null {
  if (currency === undefined || currency === context.home) return 1;
  return context.rates[currency] ?? null;
}

/** An amount in home units, or `null` when its currency has no rate. */
export function toHome(
  amount: number,
  currency: string | undefined,
  context: CurrencyContext,
): number | null {
  const rate = rateToHome(currency, context);
  return rate === null ? null : amount * rate;
}

/** The currency context of a settings record (rates default to none). */
export function currencyContext(settings: {
  currency: string;
  exchangeRates?: ExchangeRates | undefined;
}): CurrencyContext {
  return { home: settings.currency, rates: settings.exchangeRates ?? {} };
}

/** A deal left out of home-currency totals because the rep has no rate for its currency. */
export interface UnconvertedDeal {
  id: string;
  title: string;
  currency: string;
}

interface Priced {
  id: string;
  title: string;
  value: number;
  currency?: string | undefined;
  outcome?: { kind: string; contractValue?: number } | null;
}

/**
 * Deals with every amount in home units, for totals: the value and a won outcome's contract
 * value are converted; a deal whose currency has no rate keeps its place (it still counts as a
 * deal) with amounts of 0, and is listed in `unconverted` so the screen can say so.
 */
export function inHomeCurrency<T extends Priced>(
  deals: readonly T[],
  context: CurrencyContext,
): { deals: T[]; unconverted: UnconvertedDeal[] } {
  const unconverted: UnconvertedDeal[] = [];
  const converted = deals.map((deal) => {
    const rate = rateToHome(deal.currency, context);
    if (rate === 1) return deal;
    if (rate === null) unconverted.push({ id: deal.id, title: deal.title, currency: deal.currency ?? '' });
    const factor = rate ?? 0;
    const outcome =
      deal.outcome && deal.outcome.contractValue !== undefined
        ? { ...deal.outcome, contractValue: deal.outcome.contractValue * factor }
        : deal.outcome;
    return { ...deal, value: deal.value * factor, outcome, currency: undefined };
  });
  return { deals: converted, unconverted };
}
