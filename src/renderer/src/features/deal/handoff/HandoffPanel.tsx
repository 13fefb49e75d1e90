import { useId, useState } from 'react';
import type { DealDetail } from '../../../../../shared/rpc/views';
import { checklistProgress } from '../../../../../shared/domains/handoff/progress';
import { useLiveQuery } from '../../../state/liveQuery';
import { errorText, startChecklist } from './actions';
import { ExportBar } from './ExportBar';
import { SectionView } from './SectionView';
import '../../../ui/forms.css';
import './handoff.css';

/**
 * The post-sale handoff in the deal workspace: the checklist with its progress, and the
 * export bar for the notes customer success receives.
 */
export function HandoffPanel({ detail }: { detail: DealDetail }) {
  const dealId = detail.deal.id;
  // Own live query, so edits show at once whatever tables the workspace watches.
  const live = useLiveQuery('handoff.get', { dealId });
  const checklist = live.status === 'ready' ? live.data : detail.handoff;
  const titleId = useId();

  return (
    <section className="handoff-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Handoff to customer success</h2>
      {checklist ? (
        <>
          <Progress checklist={checklist} />
          <ExportBar dealId={dealId} />
          {checklist.sections.map((section) => (
            <SectionView key={section.id} dealId={dealId} section={section} />
          ))}
        </>
      ) : (
        <NoChecklist detail={detail} />
      )}
    </section>
  );
}

function Progress({ checklist }: { checklist: NonNullable<DealDetail['handoff']> }) {
  const p = checklistProgress(checklist);
  const id = useId();
  return (
    <div className="handoff-progress">
      <label htmlFor={id}>
        {p.done} of {p.total} items ticked ({p.percent}%)
      </label>
      <progress id={id} max={Math.max(1, p.total)} value={p.done} />
    </div>
  );
}

function NoChecklist({ detail }: { detail: DealDetail }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (detail.deal.status !== 'won') {
    return (
      <p className="handoff-hint">The handoff checklist starts when the deal is won and enters Post-Sale.</p>
    );
  }
  async function start() {
    setBusy(true);
    setError(null);
    try {
      await startChecklist(detail.deal.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="handoff-start">
      <p>
        This won deal has no handoff checklist yet. It is prefilled from what you recorded during the sale.
      </p>
      <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
        Start handoff checklist
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
