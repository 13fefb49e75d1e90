import { useState, type FormEvent } from 'react';
import { useDealFlow, type FlowDialog } from '../../state/dealFlow';
import { useLiveQuery } from '../../state/liveQuery';
import { Modal } from '../../ui/Modal';
import { requestTransition } from '../stageChange/moveFlow';

type Exit = Extract<FlowDialog, { kind: 'exit' }>;
const TITLES = { disqualify: 'Disqualify', 'reject-sal': 'Reject the lead', reopen: 'Reopen' } as const;

/** Disqualify a lead, reject a SAL (back to nurturing or out), or reopen a closed deal. */
export function ExitDialog({ dialog }: { dialog: Exit }) {
  const { dealId, title, mode } = dialog;
  const settings = useLiveQuery('settings.get', {});
  const [rejectTo, setRejectTo] = useState<'nurturing' | 'disqualify'>('nurturing');
  const [saving, setSaving] = useState(false);
  const close = () => useDealFlow.getState().showDialog(null);
  const reasons = settings.data?.disqualifyReasons ?? [];
  const needsListedReason = mode === 'disqualify' || (mode === 'reject-sal' && rejectTo === 'disqualify');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    setSaving(true);
    if (mode === 'disqualify') {
      await requestTransition(dealId, title, {
        kind: 'disqualify',
        reason: text('reason'),
        feedback: text('feedback'),
      });
    } else if (mode === 'reject-sal') {
      await requestTransition(dealId, title, {
        kind: 'reject-sal',
        to: rejectTo,
        feedback: text('feedback'),
        ...(rejectTo === 'disqualify' ? { reason: text('reason') } : {}),
      });
    } else {
      await requestTransition(dealId, title, { kind: 'reopen', reason: text('reason') });
    }
    setSaving(false);
  };

  return (
    <Modal forDeal={dialog.dealId} title={`${TITLES[mode]}: ${title}`} onClose={close}>
      <form className="dialog-form" onSubmit={submit}>
        {mode === 'reject-sal' && (
          <fieldset className="checks">
            <legend>Send it</legend>
            <label className="inline">
              <input
                type="radio"
                checked={rejectTo === 'nurturing'}
                onChange={() => setRejectTo('nurturing')}
              />{' '}
              back to nurturing
            </label>
            <label className="inline">
              <input
                type="radio"
                checked={rejectTo === 'disqualify'}
                onChange={() => setRejectTo('disqualify')}
              />{' '}
              out (disqualify)
            </label>
          </fieldset>
        )}
        {needsListedReason && (
          <label>
            Reason
            <select name="reason" aria-label="Reason" required>
              {reasons.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
        )}
        {mode === 'reopen' && (
          <label>
            Why reopen it?
            <textarea name="reason" rows={3} required data-autofocus />
          </label>
        )}
        {mode !== 'reopen' && (
          <label>
            Feedback on lead quality {mode === 'reject-sal' ? '(required)' : '(for marketing)'}
            <textarea name="feedback" rows={3} required={mode === 'reject-sal'} />
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {TITLES[mode]}
          </button>
        </div>
      </form>
    </Modal>
  );
}
