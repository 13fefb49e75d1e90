/**
 * Money, one way everywhere: in the rep's home currency from Settings (never a hard-coded
 * one). Whole amounts show without cents, others with two decimals; column headers and chart
 * axes use the compact form ("$152.5K"). A deal's own amount shows in its own currency
 * (`moneyIn(code)`); totals are converted with the rates from Settings (`useCurrencies()`).
 * `MoneyProvider` (in the app shell) reads the settings once; components call `useMoney()`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultSettings } from '../../../shared/engine';
import { currencyContext, toHome, type CurrencyContext } from '../../../shared/model/values';
import { useLiveQuery } from '../state/liveQuery';

export interface MoneyFormat {
  readonly currency: string;
  format(value: number): string;
  compact(value: number): string;
}

const formats = new Map<string, MoneyFormat>();

function intl(currency: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, ...options });
  } catch {
    // A code Intl does not know still shows, as "12,500 XYZ".
    return new Intl.NumberFormat(undefined, options);
  }
}

/** The formatter for one ISO 4217 currency code (cached: cards call it thousands of times). */
export function moneyIn(currency: string): MoneyFormat {
  const known = formats.get(currency);
  if (known) return known;
  const whole = intl(currency, { maximumFractionDigits: 0 });
  const cents = intl(currency, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const short = intl(currency, { notation: 'compact', maximumFractionDigits: 1 });
  const plain = whole.resolvedOptions().style !== 'currency';
  const suffix = (text: string) => (plain ? `${text} ${currency}` : text);
  const made: MoneyFormat = {
    currency,
    format: (value) => suffix((Number.isInteger(value) ? whole : cents).format(value)),
    compact: (value) => suffix(short.format(value)),
  };
  formats.set(currency, made);
  return made;
}

interface Currencies {
  home: MoneyFormat;
  context: CurrencyContext;
}

const fallback = currencyContext(defaultSettings());
const MoneyContext = createContext<Currencies>({ home: moneyIn(fallback.home), context: fallback });

/** `initial`: the currencies to use until the settings are read (the start-up snapshot's). */
export function MoneyProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: CurrencyContext | null;
}) {
  const settings = useLiveQuery('settings.get', {});
  const data = settings.data;
  const value = useMemo(() => {
    const context = data ? currencyContext(data) : (initial ?? fallback);
    return { home: moneyIn(context.home), context };
  }, [data, initial]);
  return <MoneyContext.Provider value={value}>{children}</MoneyContext.Provider>;
}

/** The home-currency formatter: for totals, forecasts and charts. */
export const useMoney = (): MoneyFormat => useContext(MoneyContext).home;

/** The home currency and the rep's exchange rates, for converting a deal's own amount. */
export const useCurrencies = (): CurrencyContext => useContext(MoneyContext).context;

/**
 * A deal's own amount in its own currency; for a foreign currency also what it is worth at
 * home ("€12,500 ≈ $13,500"), or that it has no rate and is left out of totals.
 */
export function DealAmount({ value, currency }: { value: number; currency: string | undefined }) {
  const currencies = useCurrencies();
  const own = currency ?? currencies.home;
  const text = moneyIn(own).format(value);
  if (own === currencies.home) return <>{text}</>;
  const home = toHome(value, own, currencies);
  return (
    <>
      {text}{' '}
      <span className="home-amount">
        {home === null
          ? `(no ${own} rate: left out of totals)`
          : `≈ ${moneyIn(currencies.home).format(home)}`}
      </span>
    </>
  );
}
