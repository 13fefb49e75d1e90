import { useState, type FormEvent } from 'react';
import type { FlowDialog } from '../../state/dealFlow';
import { useDealFlow } from '../../state/dealFlow';
import { followFix, requestTransition } from './moveFlow';
import { Modal } from '../../ui/Modal';

type Blocked = Extract<FlowDialog, { kind: 'blocked' }>;

/** A move the stage engine refused: what is missing, how to fix it, and an override where allowed. */
export function BlockedDialog({ dialog }: { dialog: Blocked }) {
  const close = () => useDealFlow.getState().showDialog(null);
  const { decision, dealId, title, request } = dialog;
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const override = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim() || (request.kind !== 'move' && request.kind !== 'win')) return;
    setSaving(true);
    await requestTransition(dealId, title, { ...request, override: true, reason: reason.trim() });
    setSaving(false);
  };
  return (
    <Modal forDeal={dialog.dealId} title={`${title} cannot move yet`} onClose={close}>
      <p className="blocked-message" role="alert">
        {decision.message}
      </p>
      <ul className="requirements">
        {decision.unmet.map((r, i) => (
          <li key={`${r.gate}-${i}`}>
            <span>{r.message}</span>
            {r.fix.action !== 'give-reason' && (
              <button type="button" onClick={() => followFix(dealId, title, r.fix.action)}>
                {r.fix.label}
              </button>
            )}
          </li>
        ))}
      </ul>
      {decision.suggestion && <p className="suggestion">Suggestion: {decision.suggestion}</p>}
      {decision.canOverride && (request.kind === 'move' || request.kind === 'win') && (
        <form className="dialog-form" onSubmit={override}>
          <label>
            Override with a reason
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
          </label>
          <button type="submit" disabled={saving || !reason.trim()}>
            Override and move
          </button>
        </form>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close}>
          Keep it where it is
        </button>
      </div>
    </Modal>
  );
}
