import { useState } from 'react';
import { rejectsToCsv, unmappedColumns } from '../../../../shared/domains/import';
import { saveRejects } from './actions';
import { buildDecisions, choicesFor, describeMatch, summarise, type DuplicateChoice } from './importPlan';
import type { Review } from './importPlan.state';
import type { ImportWizardState } from './useImportWizard';

const SHOWN = 200;
const CHOICE_LABELS: Record<DuplicateChoice, string> = {
  skip: 'Skip',
  update: 'Update the existing deal',
  add: 'Add as a new deal',
};

function Rejects({ review, headers }: { review: Review; headers: string[] }) {
  const [saved, setSaved] = useState<string | null>(null);
  if (review.rejects.length === 0) return null;
  const save = async () => {
    const result = await saveRejects(rejectsToCsv(headers, review.rejects, { bom: true }));
    setSaved(result.saved ? `Saved ${result.path ?? 'the rejects'}.` : null);
  };
  return (
    <section aria-labelledby="import-rejects-heading">
      <h4 id="import-rejects-heading">{review.rejects.length.toLocaleString()} rows will not be imported</h4>
      <div
        className="import-table-wrap"
        tabIndex={0}
        role="region"
        aria-label="Rows that will not be imported"
      >
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {review.rejects.slice(0, SHOWN).map((r) => (
              <tr key={r.row}>
                <th scope="row">{r.row}</th>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {review.rejects.length > SHOWN && (
        <p className="hint">The first {SHOWN} are shown; the saved file has them all.</p>
      )}
      <button type="button" onClick={() => void save()}>
        Save rejects as CSV
      </button>
      {saved && <span role="status"> {saved}</span>}
    </section>
  );
}

/** Every column that will not be imported, with a sample, and the offer to keep them in notes. */
function Unmapped({ wizard }: { wizard: ImportWizardState }) {
  const parsed = wizard.plan.parsed!;
  const columns = unmappedColumns(parsed.headers, parsed.rows, wizard.plan.mapping);
  if (columns.length === 0) return null;
  return (
    <section aria-labelledby="import-unmapped-heading">
      <h4 id="import-unmapped-heading">
        {columns.length === 1 ? '1 column is' : `${columns.length} columns are`} not matched to a field
      </h4>
      <div
        className="import-table-wrap"
        tabIndex={0}
        role="region"
        aria-label="Columns not matched to a field"
      >
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">For example</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.column}>
                <th scope="row">{c.header}</th>
                <td>{c.sample || <em>empty in every row</em>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label>
        <input
          type="checkbox"
          checked={wizard.plan.keepUnmapped}
          onChange={(e) => wizard.actions.keepUnmapped(e.currentTarget.checked)}
        />
        Keep them in each deal’s notes
      </label>
    </section>
  );
}

function Duplicates({ wizard, review }: { wizard: ImportWizardState; review: Review }) {
  const [all, setAll] = useState<DuplicateChoice>('skip');
  const rows = review.candidates.filter((c) => review.duplicates.has(c.row));
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="import-duplicates-heading">
      <h4 id="import-duplicates-heading">
        {rows.length.toLocaleString()} rows look like deals you already have
      </h4>
      <p className="hint">Same e-mail, or same company and title. Skipped unless you choose otherwise.</p>
      <div className="import-row">
        <label>
          For every duplicate
          <select value={all} onChange={(e) => setAll(e.currentTarget.value as DuplicateChoice)}>
            {(['skip', 'update', 'add'] as const).map((c) => (
              <option key={c} value={c}>
                {CHOICE_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => wizard.actions.chooseAll(all)}>
          Apply to all
        </button>
      </div>
      <div className="import-table-wrap" tabIndex={0} role="region" aria-label="Duplicate rows">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">In the file</th>
              <th scope="col">Matches</th>
              <th scope="col">Do</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((c) => {
              const match = describeMatch(review.duplicates.get(c.row)!);
              const options = choicesFor(match);
              const chosen = wizard.plan.choices.get(c.row) ?? 'skip';
              const existing = match.kind === 'deal' ? review.existing.get(match.dealId) : undefined;
              return (
                <tr key={c.row}>
                  <th scope="row">{c.row}</th>
                  <td>{c.title}</td>
                  <td>
                    {match.kind === 'deal'
                      ? `“${existing?.title ?? 'a deal'}” in Fieldline`
                      : `row ${match.row} of this file`}
                  </td>
                  <td>
                    <select
                      aria-label={`Row ${c.row}: what to do`}
                      value={options.includes(chosen) ? chosen : 'skip'}
                      onChange={(e) => wizard.actions.choose(c.row, e.currentTarget.value as DuplicateChoice)}
                    >
                      {options.map((o) => (
                        <option key={o} value={o}>
                          {CHOICE_LABELS[o]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && (
        <p className="hint">The first {SHOWN} are shown; “Apply to all” covers every one.</p>
      )}
    </section>
  );
}

export function ReviewStep({ wizard }: { wizard: ImportWizardState }) {
  const review = wizard.plan.review!;
  const plan = summarise(buildDecisions(review.candidates, review.duplicates, wizard.plan.choices));
  const count = plan.add + plan.update;
  const nothing = count === 0;
  return (
    <section aria-labelledby="import-review-heading">
      <h3 id="import-review-heading" tabIndex={-1}>
        4. Review
      </h3>
      <p role="status">
        {review.candidates.length.toLocaleString()} rows are ready: {plan.add.toLocaleString()} to add,{' '}
        {plan.update.toLocaleString()} to update, {plan.skip.toLocaleString()} to skip.
      </p>
      <Unmapped wizard={wizard} />
      <Rejects review={review} headers={wizard.plan.parsed!.headers} />
      <Duplicates wizard={wizard} review={review} />
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => wizard.actions.goTo('mapping')}
          disabled={wizard.progress !== null}
        >
          Back
        </button>
        <button
          type="button"
          className="primary"
          disabled={nothing || wizard.progress !== null}
          onClick={() => void wizard.actions.commit()}
        >
          {nothing
            ? 'Nothing to import'
            : `Import ${count.toLocaleString()} ${count === 1 ? 'deal' : 'deals'}`}
        </button>
      </div>
    </section>
  );
}
