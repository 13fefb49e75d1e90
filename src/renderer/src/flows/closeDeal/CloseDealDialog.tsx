import { useState, type FormEvent } from 'react';
import type { WonOutcome } from '../../../../shared/model';
import { wonReasonsOf } from '../../../../shared/engine';
import { useDealFlow, type FlowDialog } from '../../state/dealFlow';
import { useLiveQuery } from '../../state/liveQuery';
import { toDateInput } from '../../ui/dates';
import { Modal } from '../../ui/Modal';
import { requestTransition } from '../stageChange/moveFlow';

type Close = Extract<FlowDialog, { kind: 'close' }>;

/** Close a deal: won (signed date, contract, commission, references) or lost (reason, competitor). */
export function CloseDealDialog({ dialog }: { dialog: Close }) {
  const { dealId, title } = dialog;
  const [outcome, setOutcome] = useState(dialog.outcome);
  const [saving, setSaving] = useState(false);
  const [today] = useState(() => toDateInput(Date.now()));
  const detail = useLiveQuery('deals.get', { id: dealId });
  const settings = useLiveQuery('settings.get', {});
  const close = () => useDealFlow.getState().showDialog(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    const num = (k: string) => Number(text(k) || 0);
    setSaving(true);
    if (outcome === 'won') {
      const won: WonOutcome = {
        kind: 'won',
        signedDate: text('signedDate'),
        contractValue: num('contractValue'),
        termMonths: Math.trunc(num('termMonths')),
        poNumber: text('poNumber'),
        commission: {
          type: text('commissionType') === 'amount' ? 'amount' : 'rate',
          value: num('commission'),
        },
        reference: f.get('reference') === 'on',
        testimonial: f.get('testimonial') === 'on',
        caseStudy: f.get('caseStudy') === 'on',
        reason: text('wonReason'),
      };
      await requestTransition(dealId, title, { kind: 'win', outcome: won });
    } else {
      await requestTransition(dealId, title, {
        kind: 'lose',
        reason: text('reason'),
        competitor: text('competitor'),
        note: text('note'),
      });
    }
    setSaving(false);
  };

  const value = detail.data?.deal.value ?? 0;
  return (
    <Modal forDeal={dialog.dealId} title={`Close ${title}`} onClose={close} className="wide">
      <div className="segmented" role="radiogroup" aria-label="Outcome">
        {(['won', 'lost'] as const).map((o) => (
          <label key={o} className="inline">
            <input type="radio" name="outcome" checked={outcome === o} onChange={() => setOutcome(o)} />
            {o === 'won' ? 'Won' : 'Lost'}
          </label>
        ))}
      </div>
      <form className="dialog-form grid-form" onSubmit={submit} key={`${outcome}-${value}`}>
        {outcome === 'won' ? (
          <>
            <label className="span-2">
              Why did you win it?
              <select name="wonReason" required defaultValue="">
                <option value="" disabled>
                  Choose a reason…
                </option>
                {(settings.data ? wonReasonsOf(settings.data) : []).map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
            <label>
              Signed date
              <input name="signedDate" type="date" required defaultValue={today} />
            </label>
            <label>
              Contract value
              <input
                name="contractValue"
                type="number"
                min={1}
                step="any"
                required
                defaultValue={value || ''}
              />
            </label>
            <label>
              Term (months)
              <input name="termMonths" type="number" min={0} max={240} defaultValue={12} />
            </label>
            <label>
              PO number
              <input name="poNumber" />
            </label>
            <label>
              Commission is a
              <select name="commissionType" defaultValue="rate">
                <option value="rate">Rate (%)</option>
                <option value="amount">Amount</option>
              </select>
            </label>
            <label>
              Commission
              <input name="commission" type="number" min={0} step="any" defaultValue={0} />
            </label>
            <fieldset className="checks">
              <legend>The customer agreed to be</legend>
              <label className="inline">
                <input type="checkbox" name="reference" /> a reference
              </label>
              <label className="inline">
                <input type="checkbox" name="testimonial" /> a testimonial
              </label>
              <label className="inline">
                <input type="checkbox" name="caseStudy" /> a case study
              </label>
            </fieldset>
          </>
        ) : (
          <>
            <label>
              Reason
              <select name="reason" aria-label="Reason" required>
                {(settings.data?.lostReasons ?? []).map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
            <label>
              Competitor
              <input name="competitor" />
            </label>
            <label className="span-2">
              Note
              <textarea name="note" rows={3} />
            </label>
          </>
        )}
        <div className="dialog-actions span-2">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {outcome === 'won' ? 'Mark won' : 'Mark lost'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
