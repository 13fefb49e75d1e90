import { CSV_DELIMITERS, type CsvDelimiter, type CsvEncoding } from '../../../../shared/domains/import';
import type { ImportWizardState } from './useImportWizard';

const DELIMITER_LABELS: Record<CsvDelimiter, string> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
};
const ENCODINGS: { id: CsvEncoding; label: string }[] = [
  { id: 'utf-8', label: 'UTF-8' },
  { id: 'windows-1252', label: 'Windows-1252 (Excel on Windows)' },
];
const PREVIEW_ROWS = 10;

export function PreviewStep({ wizard }: { wizard: ImportWizardState }) {
  const parsed = wizard.plan.parsed!;
  const busy = wizard.progress !== null;
  return (
    <section aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" tabIndex={-1}>
        2. Preview
      </h3>
      <p>
        <strong>{wizard.plan.file?.name}</strong>: {parsed.rows.length.toLocaleString()} rows,{' '}
        {parsed.headers.length} columns
        {parsed.hadBom ? ', with a byte-order mark' : ''}. If names look garbled or everything is in one
        column, change the settings below.
      </p>
      <div className="import-row">
        <label>
          Delimiter
          <select
            value={parsed.delimiter}
            disabled={busy}
            onChange={(e) => wizard.actions.reparse({ delimiter: e.currentTarget.value as CsvDelimiter })}
          >
            {CSV_DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {DELIMITER_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Encoding
          <select
            value={parsed.encoding}
            disabled={busy}
            onChange={(e) => wizard.actions.reparse({ encoding: e.currentTarget.value as CsvEncoding })}
          >
            {ENCODINGS.map((enc) => (
              <option key={enc.id} value={enc.id}>
                {enc.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="import-table-wrap" tabIndex={0} role="region" aria-label="First rows of the file">
        <table className="import-table">
          <caption>First {Math.min(PREVIEW_ROWS, parsed.rows.length)} rows</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {parsed.headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parsed.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
              <tr key={parsed.rowNumbers[i]}>
                <th scope="row">{parsed.rowNumbers[i]}</th>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {parsed.errors.length > 0 && (
        <details>
          <summary>{parsed.errors.length} notes about the file's shape</summary>
          <ul>
            {parsed.errors.slice(0, 50).map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => wizard.actions.goTo('file')}>
          Back
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => wizard.actions.goTo('mapping')}
        >
          Next: match columns
        </button>
      </div>
    </section>
  );
}
