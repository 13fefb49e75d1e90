import { useFollowUpCounts } from '../../state/followupsCounts';
import './followups.css';

/**
 * The navigation badge: how many follow-ups are overdue or due today. Its room is kept while
 * nothing is due or the counts are not in yet (an empty, hidden badge), so their arrival after
 * start-up never widens the navigation: at a narrow window or high zoom that made it wrap onto
 * a second line and pushed the whole board down under the rep's pointer.
 */
export function FollowUpsBadge() {
  const counts = useFollowUpCounts();
  const due = counts ? counts.overdue + counts.today : 0;
  if (due === 0) return <span className="nav-badge" data-empty="" aria-hidden="true" />;
  const title = `${counts?.overdue ?? 0} overdue, ${counts?.today ?? 0} today`;
  return (
    <span className="nav-badge" title={title} data-testid="followups-badge">
      {due}
      <span className="fu-sr"> due ({title})</span>
    </span>
  );
}
