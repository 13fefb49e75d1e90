import { GATE_LABELS, nextStage, stageRequirements } from '../../../../shared/engine';
import type { WorkspaceData } from './workspaceData';

/** Stage guidance (Salesforce Path style): questions, buying signals, exit criteria and what is met. */
export function GuidanceTab({ data }: { data: WorkspaceData }) {
  const { stage, pipeline, detail, settings, now } = data;
  if (!stage) return <p>This deal's stage is no longer part of the pipeline.</p>;
  const next = nextStage(pipeline, stage.id);
  const gates = next?.gates ?? [];
  const input = { settings, activities: detail.activities, now };
  const g = stage.guidance;
  const list = (items: string[], empty: string) =>
    items.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ul>
        {items.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    );
  return (
    <div className="guidance">
      <section className="ws-section" aria-label="Questions to ask">
        <h2>Questions to ask in {stage.name}</h2>
        {list(g.questions, 'No questions set for this stage.')}
      </section>
      <section className="ws-section" aria-label="Buying signals">
        <h2>Buying signals to watch for</h2>
        {list(g.signals, 'No signals set for this stage.')}
      </section>
      <section className="ws-section" aria-label="Exit criteria">
        <h2>When to move on</h2>
        {list(g.exitCriteria, 'No exit criteria set for this stage.')}
        {next && (
          <>
            <h3>Requirements to enter {next.name}</h3>
            {gates.length === 0 ? (
              <p className="muted">None: the deal can move on whenever you are ready.</p>
            ) : (
              <ul className="criteria">
                {gates.map((gate) => {
                  const unmet = stageRequirements(next, detail.deal, input, {
                    passedOver: false,
                    only: [gate],
                  });
                  return (
                    <li key={gate} className={unmet.length === 0 ? 'met' : 'unmet'}>
                      <span aria-hidden="true">{unmet.length === 0 ? '✓' : '✗'}</span>{' '}
                      <span className="visually-hidden">{unmet.length === 0 ? 'Met:' : 'Not met:'}</span>{' '}
                      {GATE_LABELS[gate]}
                      {unmet.map((r, i) => (
                        <div key={i} className="muted">
                          {r.message}
                        </div>
                      ))}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  );
}
