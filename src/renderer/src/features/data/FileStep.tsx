import { useId } from 'react';
import { IMPORT_LIMITS } from '../../../../shared/domains/import';
import type { ImportWizardState } from './useImportWizard';

const MB = IMPORT_LIMITS.maxBytes / (1024 * 1024);

export function FileStep({ wizard, onCancel }: { wizard: ImportWizardState; onCancel(): void }) {
  const hintId = useId();
  return (
    <section aria-labelledby="import-file-heading">
      <h3 id="import-file-heading" tabIndex={-1}>
        1. Choose a CSV file
      </h3>
      <p id={hintId} className="hint">
        Exports from a spreadsheet, HubSpot, Salesforce or Pipedrive work. Up to {MB} MB and{' '}
        {IMPORT_LIMITS.maxRows.toLocaleString()} rows. Nothing is saved until the last step.
      </p>
      <label>
        CSV file
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          aria-describedby={hintId}
          disabled={wizard.progress !== null}
          data-autofocus
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            if (chosen) void wizard.actions.chooseFile(chosen);
          }}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
