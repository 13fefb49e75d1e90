import { isHandoffDone, suggestNext, type Suggestion } from '../../../../shared/engine';
import { useDealFlow } from '../../state/dealFlow';
import { followFix, requestTransition } from '../../flows/stageChange/moveFlow';
import type { WorkspaceData } from './workspaceData';

/** The engine's suggestions for this deal, best first, each with its one-click action. */
export function SuggestionsPanel({ data }: { data: WorkspaceData }) {
  const { detail, pipeline, settings, now } = data;
  const { deal } = detail;
  const propose = useDealFlow((s) => s.propose);
  const suggestions = suggestNext({
    deal,
    pipeline,
    settings,
    activities: detail.activities,
    openFollowUps: detail.followUps,
    now,
    hasHandoff: detail.handoff !== null,
    handoffDone: detail.handoff !== null && isHandoffDone(detail.handoff),
  }).slice(0, 4);
  const act = (s: Suggestion) => {
    const a = s.action;
    if (!a) return;
    if (a.type === 'move')
      void requestTransition(deal.id, deal.title, { kind: 'move', toStageId: a.toStageId });
    else if (a.type === 'fix') followFix(deal.id, deal.title, a.action);
    else if (a.type === 'schedule')
      propose({ dealId: deal.id, title: deal.title, followUp: a.followUp, why: s.text });
  };
  const label = (s: Suggestion) =>
    s.action?.type === 'move'
      ? 'Move'
      : s.action?.type === 'schedule'
        ? 'Schedule'
        : s.action?.type === 'fix'
          ? 'Fix'
          : null;
  return (
    <section className="ws-section suggestions" aria-label="Suggested next steps">
      <h2>What next</h2>
      {suggestions.length === 0 ? (
        <p className="muted">Nothing to suggest for this deal.</p>
      ) : (
        <ul>
          {suggestions.map((s, i) => (
            <li key={`${s.kind}-${i}`} className={`suggestion-${s.kind}`}>
              <span>{s.text}</span>
              {label(s) && (
                <button type="button" onClick={() => act(s)}>
                  {label(s)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
