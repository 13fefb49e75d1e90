/**
 * Money, one way everywhere: in the rep's home currency from Settings (never a hard-coded
 * one). Whole amounts show without cents, others with two decimals; column headers and chart
 * axes use the compact form ("$152.5K"). `MoneyProvider` (in the app shell) reads the
 * currency once; components call `useMoney()`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { defaultSettings } from '../../../shared/engine';
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

const MoneyContext = createContext<MoneyFormat>(moneyIn(defaultSettings().currency));

export function MoneyProvider({ children }: { children: ReactNode }) {
  const settings = useLiveQuery('settings.get', {});
  const money = moneyIn(settings.data?.currency ?? defaultSettings().currency);
  return <MoneyContext.Provider value={money}>{children}</MoneyContext.Provider>;
}

export const useMoney = (): MoneyFormat => useContext(MoneyContext);
