import { useState, type FormEvent } from 'react';
import type { FlowDialog } from '../../state/dealFlow';
import { useDealFlow } from '../../state/dealFlow';
import { requestTransition } from './moveFlow';
import { Modal } from '../../ui/Modal';

type AskReason = Extract<FlowDialog, { kind: 'reason' }>;

/** The engine needs a reason (e.g. a move back): ask for it, then try again. */
export function ReasonDialog({ dialog }: { dialog: AskReason }) {
  const close = () => useDealFlow.getState().showDialog(null);
  const { decision, dealId, title, request } = dialog;
  const choices = decision.reasonChoices;
  const [reason, setReason] = useState(choices?.[0] ?? '');
  const [saving, setSaving] = useState(false);
  const prompt = decision.unmet.find((r) => r.gate === 'reason')?.message ?? 'Give a reason.';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    setSaving(true);
    const ok = await requestTransition(dealId, title, {
      ...request,
      reason: reason.trim(),
    } as typeof request);
    if (!ok) setSaving(false);
  };
  return (
    <Modal forDeal={dialog.dealId} title="Why?" onClose={close}>
      <form className="dialog-form" onSubmit={submit}>
        <p>{prompt}</p>
        {choices ? (
          <label>
            Reason
            <select value={reason} onChange={(e) => setReason(e.target.value)}>
              {choices.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            Reason
            <textarea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={3}
              required
              data-autofocus
            />
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving || !reason.trim()}>
            Move
          </button>
        </div>
      </form>
    </Modal>
  );
}
