import { CRM_PRESETS, IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../../../shared/import';
import { LEAD_SOURCE_LABELS, LEAD_SOURCES, type LeadSource } from '../../../../shared/model';
import { distinctValues } from './importPlan';
import type { ImportWizardState } from './useImportWizard';

const NAME_FIELDS: ImportField[] = ['title', 'company', 'contactName', 'firstName', 'lastName'];

function SourceOptions() {
  return LEAD_SOURCES.map((s) => (
    <option key={s} value={s}>
      {LEAD_SOURCE_LABELS[s]}
    </option>
  ));
}

export function MappingStep({ wizard }: { wizard: ImportWizardState }) {
  const parsed = wizard.parsed!;
  const pipeline = wizard.pipeline;
  const stages = distinctValues(parsed.rows, wizard.mapping.stage);
  const sources = distinctValues(parsed.rows, wizard.mapping.source);
  const named = NAME_FIELDS.some((f) => wizard.mapping[f] !== undefined);
  const presetText =
    wizard.preset === 'generic'
      ? 'No CRM export recognised: columns were matched by their names.'
      : `Recognised a ${CRM_PRESETS[wizard.preset].label} export: its columns were matched.`;
  const stageOptions = pipeline?.stages.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name}
    </option>
  ));
  return (
    <section aria-labelledby="import-mapping-heading">
      <h3 id="import-mapping-heading" tabIndex={-1}>3. Match columns</h3>
      <p>{presetText} Check each field; choose “Not imported” to leave one out.</p>
      <fieldset className="import-grid">
        <legend>Columns</legend>
        {IMPORT_FIELDS.map((field) => (
          <label key={field}>
            {IMPORT_FIELD_LABELS[field]}
            <select
              value={wizard.mapping[field] ?? ''}
              onChange={(e) =>
                wizard.mapField(
                  field,
                  e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value),
                )
              }
            >
              <option value="">Not imported</option>
              {parsed.headers.map((h, i) => (
                <option key={h} value={i}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {!named && (
        <p className="error" role="alert">
          Match at least one of title, company or contact name: a deal needs a name.
        </p>
      )}
      <fieldset className="import-grid">
        <legend>Stages</legend>
        <label>
          Pipeline
          <select value={pipeline?.id ?? ''} onChange={(e) => wizard.choosePipeline(e.currentTarget.value)}>
            {wizard.pipelines.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rows without a stage
          <select
            value={wizard.defaultStageId}
            onChange={(e) => wizard.setDefaultStageId(e.currentTarget.value)}
          >
            {stageOptions}
          </select>
        </label>
        {stages.values.map((value) => (
          <label key={value}>
            Stage “{value}”
            <select
              value={wizard.stageMap[value] ?? wizard.defaultStageId}
              onChange={(e) => wizard.mapStage(value, e.currentTarget.value)}
            >
              {stageOptions}
            </select>
          </label>
        ))}
        {stages.more && (
          <p className="hint">More stage values than shown: the rest go to the default stage.</p>
        )}
      </fieldset>
      <fieldset className="import-grid">
        <legend>Lead sources</legend>
        <label>
          Rows without a known source
          <select
            value={wizard.defaultSource}
            onChange={(e) => wizard.setDefaultSource(e.currentTarget.value as LeadSource)}
          >
            <SourceOptions />
          </select>
        </label>
        {sources.values.map((value) => (
          <label key={value}>
            Source “{value}”
            <select
              value={wizard.sourceMap[value] ?? wizard.defaultSource}
              onChange={(e) => wizard.mapSource(value, e.currentTarget.value as LeadSource)}
            >
              <SourceOptions />
            </select>
          </label>
        ))}
        {sources.more && (
          <p className="hint">More source values than shown: the rest use the default source.</p>
        )}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" onClick={() => wizard.setStep('preview')}>
          Back
        </button>
        <button
          type="button"
          className="primary"
          disabled={!named || wizard.progress !== null}
          onClick={() => void wizard.check()}
        >
          Next: review
        </button>
      </div>
    </section>
  );
}
