import { useReminderSummary } from '../../state/reminderSummary';
import { useNavigation } from '../../state/navigation';

/**
 * The follow-ups that came due while Fieldline was closed, summed up once in the notification
 * tray, on every view. It stays until the rep dismisses it or goes to the list; it covers
 * nothing (it takes its own line). Its "Show follow-ups" is left out on that list itself.
 */
export function ReminderSummaryBanner() {
  const summary = useReminderSummary((s) => s.summary);
  const dismiss = useReminderSummary((s) => s.dismiss);
  const go = useNavigation((s) => s.go);
  const onFollowUps = useNavigation((s) => s.view === 'followups');
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
