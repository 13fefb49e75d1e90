import type { FormEvent } from 'react';
import { LEAD_SOURCES, LEAD_SOURCE_LABELS } from '../../../../shared/model/values';
import type { Deal, LeadSource } from '../../../../shared/model';
import { updateDeal } from './actions';
import { useSaveStatus } from '../../ui/useSaveStatus';
import { SaveFooter } from '../../ui/SaveFooter';
import { CurrencyInput } from '../../ui/CurrencyInput';
import { useCurrencies } from '../../ui/money';

/** The deal's own fields, saved together. */
export function DealFields({ deal }: { deal: Deal }) {
  const { state, run } = useSaveStatus();
  const home = useCurrencies().home;
  const shownCurrency = deal.currency ?? home;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    const probability = text('probability');
    const currency = text('currency').toUpperCase();
    void run(() =>
      updateDeal(deal.id, {
        title: text('title'),
        companyName: text('company'),
        value: Number(text('value') || 0),
        // Only a changed code is stored: a deal left in the home currency follows Settings.
        ...(currency !== shownCurrency ? { currency } : {}),
        probability: probability === '' ? null : Math.max(0, Math.min(100, Number(probability))) / 100,
        source: text('source') as LeadSource,
        campaign: text('campaign'),
        expectedClose: text('expectedClose') || null,
        notes: String(f.get('notes') ?? ''),
      }),
    );
  };
  return (
    <form className="ws-section grid-form" onSubmit={submit} key={deal.id} aria-label="Deal details">
      <h2 className="span-2">Details</h2>
      <label className="span-2">
        Title
        <input name="title" required defaultValue={deal.title} />
      </label>
      <label>
        Company
        <input name="company" defaultValue={deal.companyName} />
      </label>
      <label>
        Value
        <input name="value" type="number" min={0} step="any" defaultValue={deal.value} />
      </label>
      <CurrencyInput name="currency" label="Currency" defaultValue={shownCurrency} />
      <label>
        Probability override (%)
        <input
          name="probability"
          type="number"
          min={0}
          max={100}
          placeholder="stage default"
          defaultValue={deal.probability === null ? '' : Math.round(deal.probability * 100)}
        />
      </label>
      <label>
        Expected close
        <input name="expectedClose" type="date" defaultValue={deal.expectedClose ?? ''} />
      </label>
      <label>
        Source
        <select name="source" defaultValue={deal.source}>
          {LEAD_SOURCES.map((s) => (
            <option key={s} value={s}>
              {LEAD_SOURCE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Campaign
        <input name="campaign" defaultValue={deal.campaign} />
      </label>
      <label className="span-2">
        Notes
        <textarea name="notes" rows={3} defaultValue={deal.notes} />
      </label>
      <SaveFooter state={state} label="Save details" className="span-2" />
    </form>
  );
}
