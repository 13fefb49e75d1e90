import { useLiveQuery } from '../../state/liveQuery';
import { dismissGuide } from './actions';

/**
 * A short first-run guide on the empty board: what the stages mean, how leads get in, where
 * reminders appear. Skippable, and once dismissed it does not come back (kept in Settings).
 */
export function FirstRunGuide() {
  const settings = useLiveQuery('settings.get', {});
  if (!settings.data || settings.data.guideDismissed) return null;
  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Getting started</h2>
      <ol>
        <li>
          <strong>Stages.</strong> A deal moves left to right: Lead Generation and Nurturing, then Marketing
          Qualified, Sales Accepted and Sales Qualified, then Closed Deal and Post-Sale. Each stage says what
          it needs before a deal may enter it, and why a move is blocked.
        </li>
        <li>
          <strong>Leads.</strong> Add one with <em>Add lead</em>, or bring your pipeline from a spreadsheet,
          HubSpot, Salesforce or Pipedrive under <em>Data → Import leads from CSV</em>.
        </li>
        <li>
          <strong>Reminders.</strong> Follow-ups you schedule appear under <em>Follow-ups</em> (overdue,
          today, upcoming) and, in the desktop app, as notifications — also while the window is closed.
        </li>
      </ol>
      <button type="button" onClick={() => void dismissGuide()}>
        Got it, hide this guide
      </button>
    </section>
  );
}
