import { useEffect, useRef, useState, type FormEvent } from 'react';
import { signalFollowUp } from '../../../../shared/engine';
import { ACTIVITY_TYPE_LABELS, SIGNAL_KINDS, SIGNAL_LABELS } from '../../../../shared/model/values';
import type { ActivityType, Deal, SignalKind } from '../../../../shared/model';
import { useDealFlow } from '../../state/dealFlow';
import { announce } from '../../ui/announce';
import { logActivity } from './actions';
import { useSaveStatus } from '../../ui/useSaveStatus';

export const ACTIVITY_KEYS: Record<string, ActivityType> = {
  c: 'call',
  e: 'email',
  m: 'meeting',
  n: 'note',
  s: 'signal',
};
const TYPE_LABELS = ACTIVITY_TYPE_LABELS;

/** Log a call, e-mail, meeting, note or signal: a letter key picks the type, Enter saves. */
export function LogActivity({ deal, initialType }: { deal: Deal; initialType: ActivityType | null }) {
  const [type, setType] = useState<ActivityType>(initialType ?? 'call');
  const [signal, setSignal] = useState<SignalKind>('trial-request');
  const { state, run } = useSaveStatus();
  const subjectRef = useRef<HTMLInputElement>(null);
  const propose = useDealFlow((s) => s.propose);
  useEffect(() => {
    if (initialType) subjectRef.current?.focus();
  }, [initialType]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    const subject =
      String(f.get('subject') ?? '').trim() ||
      (type === 'signal' ? SIGNAL_LABELS[signal] : TYPE_LABELS[type]);
    const ok = await run(() =>
      logActivity({
        dealId: deal.id,
        type,
        signal: type === 'signal' ? signal : null,
        subject,
        body: String(f.get('body') ?? ''),
        painPoint: f.get('painPoint') === 'on',
      }),
    );
    if (!ok) return;
    form.reset();
    announce(`Logged: ${subject}.`);
    const followUp = type === 'signal' ? signalFollowUp(signal, Date.now()) : null;
    if (followUp) propose({ dealId: deal.id, title: deal.title, followUp, why: SIGNAL_LABELS[signal] });
  };

  return (
    <form className="ws-section log-activity" onSubmit={submit} aria-label="Log an activity">
      <h2>Log an activity</h2>
      <div className="segmented" role="radiogroup" aria-label="Activity type">
        {(Object.entries(ACTIVITY_KEYS) as [string, ActivityType][]).map(([key, t]) => (
          <label key={t} className="inline">
            <input type="radio" name="type" checked={type === t} onChange={() => setType(t)} />
            {TYPE_LABELS[t]} <kbd aria-hidden="true">{key}</kbd>
          </label>
        ))}
      </div>
      {type === 'signal' && (
        <label>
          Signal
          <select
            aria-label="Signal"
            value={signal}
            onChange={(e) => setSignal(e.target.value as SignalKind)}
          >
            {SIGNAL_KINDS.map((s) => (
              <option key={s} value={s}>
                {SIGNAL_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Subject
        <input ref={subjectRef} name="subject" placeholder={`${TYPE_LABELS[type]} — Enter to log`} />
      </label>
      <label>
        Details
        <textarea name="body" rows={2} />
      </label>
      <div className="form-actions">
        {type === 'note' && (
          <label className="inline">
            <input type="checkbox" name="painPoint" /> Pain point found in discovery
          </label>
        )}
        <button type="submit" className="primary" disabled={state === 'saving'}>
          Log {TYPE_LABELS[type].toLowerCase()}
        </button>
      </div>
    </form>
  );
}
