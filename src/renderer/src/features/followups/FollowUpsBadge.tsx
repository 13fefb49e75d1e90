import { useFollowUpCounts } from '../../state/followupsCounts';
import './followups.css';

/** The navigation badge: how many follow-ups are overdue or due today. */
export function FollowUpsBadge() {
  const counts = useFollowUpCounts();
  const due = counts ? counts.overdue + counts.today : 0;
  if (due === 0) return null;
  const title = `${counts?.overdue ?? 0} overdue, ${counts?.today ?? 0} today`;
  return (
    <span className="nav-badge" title={title} data-testid="followups-badge">
      {due}
      <span className="fu-sr"> due ({title})</span>
    </span>
  );
}
