import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/model';
import { CurrencyInput } from '../../ui/CurrencyInput';
import { useSaveStatus } from '../../ui/useSaveStatus';
import { SaveFooter } from '../../ui/SaveFooter';
import { ratesOf, rowsOf, type RateRow } from './currencyRows';
import { settingsActions } from './actions';

let fresh = 0;

/**
 * The home currency every total is in, and the rates for deals in other currencies. Rates are
 * the rep's own (Fieldline works offline and never fetches them).
 */
export function CurrencyEditor({ settings }: { settings: Settings }) {
  const [rows, setRows] = useState<RateRow[]>(() => rowsOf(settings.exchangeRates));
  const [problem, setProblem] = useState<{ key: string; error: string } | null>(null);
  const { state, run } = useSaveStatus();
  const set = (key: string, change: Partial<RateRow>) =>
    setRows((r) => r.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const home = String(new FormData(event.currentTarget).get('home') ?? '')
      .trim()
      .toUpperCase();
    const read = ratesOf(rows, home);
    if (!read.ok) {
      setProblem(read);
      document.getElementById(`rate-code-${read.key}`)?.focus();
      return;
    }
    setProblem(null);
    void run(() => settingsActions.updateSettings({ currency: home, exchangeRates: read.rates }));
  };

  return (
    <form className="settings-card" aria-labelledby="currency-heading" onSubmit={submit}>
      <h2 id="currency-heading">Currency</h2>
      <CurrencyInput name="home" label="Home currency" defaultValue={settings.currency} />
      <p className="hint">
        Totals, the forecast and Insights are in the home currency. A deal in another currency shows in its
        own and counts in totals at your rate; without a rate it is flagged and left out of totals.
      </p>
      <h3>Exchange rates</h3>
      <ul className="rate-list">
        {rows.map((row) => {
          const invalid = problem?.key === row.key;
          return (
            <li key={row.key}>
              <span>1</span>
              <input
                id={`rate-code-${row.key}`}
                aria-label="Currency code"
                className="currency-input"
                maxLength={3}
                value={row.code}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? 'rate-problem' : undefined}
                onChange={(e) => set(row.key, { code: e.target.value })}
              />
              <span>=</span>
              <input
                aria-label={`Value of 1 ${row.code || 'unit'} in ${settings.currency}`}
                inputMode="decimal"
                value={row.rate}
                aria-invalid={invalid || undefined}
                onChange={(e) => set(row.key, { rate: e.target.value })}
              />
              <span>{settings.currency}</span>
              <button
                type="button"
                aria-label={`Remove the ${row.code || 'empty'} rate`}
                onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() => setRows((r) => [...r, { key: `new-${++fresh}`, code: '', rate: '' }])}
      >
        Add a rate
      </button>
      {problem && (
        <p id="rate-problem" role="alert" className="error">
          {problem.error}
        </p>
      )}
      <SaveFooter state={state} label="Save currency" />
    </form>
  );
}
