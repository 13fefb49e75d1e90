import { useState, type FormEvent } from 'react';
import { parseMoney } from '../../../../shared/domains/import/values';
import { goalsOf } from '../../../../shared/engine';
import type { QuotaPeriod, Settings } from '../../../../shared/model';
import { useFieldError, type FieldError } from '../../ui/fieldError';
import { SaveFooter } from '../../ui/SaveFooter';
import { useSaveStatus } from '../../ui/useSaveStatus';
import { settingsActions } from './actions';

/** The rep's own targets: a quota per month or quarter and a weekly goal of touches ("My numbers"). */
export function GoalsEditor({ settings }: { settings: Settings }) {
  const goals = goalsOf(settings);
  const { state, run } = useSaveStatus();
  const [error, setError] = useState<FieldError | null>(null);
  const { formRef, messageId } = useFieldError(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const quota = parseMoney(String(form.get('quota') ?? ''));
    if (!quota.ok) return setError({ message: `Quota: ${quota.error}`, field: 'quota' });
    const weekly = Number(form.get('weeklyActivityGoal') ?? 0);
    if (!Number.isInteger(weekly) || weekly < 0 || weekly > 10_000)
      return setError({
        message: 'The weekly goal is a whole number of touches.',
        field: 'weeklyActivityGoal',
      });
    setError(null);
    void run(() =>
      settingsActions.updateSettings({
        goals: {
          quotaPeriod: form.get('quotaPeriod') === 'month' ? 'month' : 'quarter',
          quota: quota.value,
          weeklyActivityGoal: weekly,
        },
      }),
    );
  };

  return (
    <form
      className="settings-card"
      aria-labelledby="goals-heading"
      onSubmit={submit}
      noValidate
      ref={formRef}
    >
      <h2 id="goals-heading">Quota and goals</h2>
      <fieldset>
        <legend>Quota period</legend>
        {(['month', 'quarter'] as const satisfies readonly QuotaPeriod[]).map((p) => (
          <label key={p} className="inline">
            <input type="radio" name="quotaPeriod" value={p} defaultChecked={goals.quotaPeriod === p} />
            {p === 'month' ? 'Month' : 'Quarter'}
          </label>
        ))}
      </fieldset>
      <label>
        Quota per period ({settings.currency})
        <input
          name="quota"
          inputMode="decimal"
          placeholder="e.g. 150,000"
          defaultValue={goals.quota > 0 ? String(goals.quota) : ''}
        />
      </label>
      <label>
        Weekly activity goal (calls, e-mails, meetings, notes)
        <input
          name="weeklyActivityGoal"
          type="number"
          min={0}
          max={10_000}
          step={1}
          defaultValue={goals.weeklyActivityGoal}
        />
      </label>
      <p className="hint">
        My numbers (on Insights and above the board) measures won contract value signed this month or quarter
        against the quota, in {settings.currency}, and this week’s touches against the goal. An empty quota
        means none.
      </p>
      {error && (
        <p id={messageId} role="alert" className="error">
          {error.message}
        </p>
      )}
      <SaveFooter state={state} label="Save goals" />
    </form>
  );
}
