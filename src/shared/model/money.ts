import { z } from 'zod';
import { CURRENCY_CODE_PATTERN } from './limits';

/**
 * Currencies. A deal's value is in its own currency (`Deal.currency`, absent = the rep's home
 * currency from Settings). Totals, weighted values, the forecast and insights are in the home
 * currency, converted with the rates the rep keeps in Settings: Fieldline never fetches rates,
 * it works offline. A deal whose currency has no rate is left out of totals and flagged.
 */

/** An ISO 4217 code, upper-case (callers upper-case what a rep or a file wrote). */
export const CurrencyCode = z
  .string()
  .regex(CURRENCY_CODE_PATTERN, 'must be a three-letter currency code such as EUR');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** Home-currency units for one unit of a foreign currency: { EUR: 1.08 } with USD at home. */
export const ExchangeRates = z
  .record(CurrencyCode, z.number().finite().positive().max(1e9))
  .refine((rates) => Object.keys(rates).length <= 200, 'at most 200 exchange rates');
export type ExchangeRates = z.infer<typeof ExchangeRates>;
