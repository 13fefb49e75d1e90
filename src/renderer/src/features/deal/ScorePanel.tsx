import { formatScoreLine, scoreLead } from '../../../../shared/engine';
import type { WorkspaceData } from './workspaceData';

/** The lead score and what earned it, from the engine. */
export function ScorePanel({ data }: { data: WorkspaceData }) {
  const { detail, settings, now } = data;
  const { score, breakdown } = scoreLead({ deal: detail.deal, activities: detail.activities, settings, now });
  const threshold = settings.scoring.autoAcceptThreshold;
  return (
    <section className="ws-section" aria-label="Lead score">
      <h2>
        Lead score <span className="score-badge big">{score}</span>
      </h2>
      <p className="muted">
        {score >= threshold
          ? `At or above the auto-accept threshold (${threshold}).`
          : `${threshold - score} points below the auto-accept threshold (${threshold}).`}
      </p>
      {breakdown.length === 0 ? (
        <p className="muted">
          No fit or engagement points yet: fill in the profile and log engagement signals.
        </p>
      ) : (
        <ul className="score-lines">
          {breakdown.map((line, i) => (
            <li key={i} className={`score-${line.kind}`}>
              {formatScoreLine(line, now)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
