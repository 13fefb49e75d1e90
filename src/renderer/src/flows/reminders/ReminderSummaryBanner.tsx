import { useReminderSummary } from '../../state/reminderSummary';
import { useNavigation } from '../../state/navigation';

/**
 * The follow-ups that came due while Fieldline was closed, summed up once above the board and
 * the follow-ups list. It stays until the rep dismisses it or goes to the list; it covers
 * nothing (it takes its own line).
 */
export function ReminderSummaryBanner({ onFollowUps = false }: { onFollowUps?: boolean }) {
  const summary = useReminderSummary((s) => s.summary);
  const dismiss = useReminderSummary((s) => s.dismiss);
  const go = useNavigation((s) => s.go);
  if (!summary) return null;
  return (
    <section className="banner" aria-label="Missed reminders">
      <p>
        <strong>{summary.title}.</strong> {summary.body}
      </p>
      {!onFollowUps && (
        <button
          type="button"
          onClick={() => {
            dismiss();
            go('followups');
          }}
        >
          Show follow-ups
        </button>
      )}
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
