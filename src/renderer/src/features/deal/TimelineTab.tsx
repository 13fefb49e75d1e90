import { formatWhen } from '../../ui/dates';
import type { ActivityType } from '../../../../shared/model';
import { isoTime } from '../../ui/timeText';
import { LogActivity } from './LogActivity';
import { TemplateButton } from '../../flows/templates/TemplateButton';
import { timelineEntries } from './timelineEntries';
import type { WorkspaceData } from './workspaceData';

/** Log an activity in two keystrokes; every activity and stage change in one timeline. */
export function TimelineTab({
  data,
  compose,
}: {
  data: WorkspaceData;
  compose: { type: ActivityType; n: number } | null;
}) {
  const { detail, pipeline } = data;
  const entries = timelineEntries(detail.activities, detail.history, pipeline);
  return (
    <>
      <LogActivity key={compose?.n ?? 0} deal={detail.deal} initialType={compose?.type ?? null} />
      <TemplateButton data={data} />
      <section className="ws-section" aria-label="Timeline">
        <h2>Timeline</h2>
        <ol className="timeline">
          {entries.map((e) => (
            <li key={e.id} className={`tl-${e.kind}`}>
              <span className="tl-kind">{e.kind === 'stage' ? 'Stage' : e.kind}</span>
              <div>
                <strong>{e.title}</strong>
                {e.body && <p>{e.body}</p>}
              </div>
              <time dateTime={isoTime(e.at)}>{formatWhen(e.at, true)}</time>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
