import {
  CRM_PRESETS,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  LOST_TARGET,
  WON_TARGET,
  type ImportField,
} from '../../../../shared/domains/import';
import { LEAD_SOURCE_LABELS, LEAD_SOURCES, type LeadSource } from '../../../../shared/model';
import { nameKey as key } from '../../../../shared/model';
import { distinctValues, valueCounts } from './importPlan';

const rowsText = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'row' : 'rows'}`;
import { LabelledSelect } from '../../ui/LabelledSelect';
import type { ImportWizardState } from './useImportWizard';
import { SaveMappingForm, SavedMappingOffer } from './SavedMapping';

const NAME_FIELDS: ImportField[] = ['title', 'company', 'contactName', 'firstName', 'lastName'];

const sourceOptions = LEAD_SOURCES.map((s) => (
  <option key={s} value={s}>
    {LEAD_SOURCE_LABELS[s]}
  </option>
));

function presetText(preset: ImportWizardState['plan']['preset']): string {
  return preset === 'generic'
    ? 'No CRM export recognised: columns were matched by their names.'
    : `Recognised a ${CRM_PRESETS[preset].label} export: its columns were matched.`;
}

export function MappingStep({ wizard }: { wizard: ImportWizardState }) {
  const parsed = wizard.plan.parsed!;
  const pipeline = wizard.pipeline;
  const stages = distinctValues(parsed.rows, wizard.plan.mapping.stage);
  const stageCounts = valueCounts(parsed.rows, wizard.plan.mapping.stage);
  const sources = distinctValues(parsed.rows, wizard.plan.mapping.source);
  const named = NAME_FIELDS.some((f) => wizard.plan.mapping[f] !== undefined);
  const ragged = parsed.errors.filter((e) => e.ragged).length;
  const stageOptions = pipeline?.stages.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name}
    </option>
  ));
  return (
    <section aria-labelledby="import-mapping-heading">
      <h3 id="import-mapping-heading" tabIndex={-1}>
        3. Match columns
      </h3>
      <p>{presetText(wizard.plan.preset)} Check each field; choose “Not imported” to leave one out.</p>
      <SavedMappingOffer wizard={wizard} />
      <fieldset className="import-grid">
        <legend>Columns</legend>
        {IMPORT_FIELDS.map((field) => (
          <LabelledSelect
            key={field}
            label={IMPORT_FIELD_LABELS[field]}
            value={wizard.plan.mapping[field] ?? ''}
            onChange={(v) => wizard.actions.mapField(field, v === '' ? undefined : Number(v))}
          >
            <option value="">Not imported</option>
            {parsed.headers.map((h, i) => (
              <option key={h} value={i}>
                {h}
              </option>
            ))}
          </LabelledSelect>
        ))}
      </fieldset>
      {!named && (
        <p className="error" role="alert">
          Match at least one of title, company or contact name: a deal needs a name.
        </p>
      )}
      <fieldset className="import-grid">
        <legend>Stages</legend>
        <LabelledSelect
          label="Pipeline"
          value={pipeline?.id ?? ''}
          onChange={(v) => wizard.actions.choosePipeline(v)}
        >
          {wizard.pipelines.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </LabelledSelect>
        <LabelledSelect
          label="Rows without a stage"
          value={wizard.plan.defaultStageId}
          onChange={(v) => wizard.actions.setDefaultStage(v)}
        >
          {stageOptions}
        </LabelledSelect>
        {stages.values.map((value) => (
          <LabelledSelect
            key={value}
            label={`Stage “${value}” · ${rowsText(stageCounts.get(key(value)) ?? 0)}`}
            value={wizard.plan.stageMap[value] ?? wizard.plan.defaultStageId}
            onChange={(v) => wizard.actions.mapStage(value, v)}
          >
            {stageOptions}
            <option value={WON_TARGET}>Won (closed, counts in win rate)</option>
            <option value={LOST_TARGET}>Lost (closed)</option>
          </LabelledSelect>
        ))}
        {stages.more && (
          <p className="hint">More stage values than shown: the rest go to the default stage.</p>
        )}
      </fieldset>
      <fieldset className="import-grid">
        <legend>Lead sources</legend>
        <LabelledSelect
          label="Rows without a known source"
          value={wizard.plan.defaultSource}
          onChange={(v) => wizard.actions.setDefaultSource(v as LeadSource)}
        >
          {sourceOptions}
        </LabelledSelect>
        {sources.values.map((value) => (
          <LabelledSelect
            key={value}
            label={`Source “${value}”`}
            value={wizard.plan.sourceMap[value] ?? wizard.plan.defaultSource}
            onChange={(v) => wizard.actions.mapSource(value, v as LeadSource)}
          >
            {sourceOptions}
          </LabelledSelect>
        ))}
        {sources.more && (
          <p className="hint">More source values than shown: the rest use the default source.</p>
        )}
      </fieldset>
      {ragged > 0 && (
        <label className="import-ragged">
          <input
            type="checkbox"
            checked={wizard.plan.keepRagged}
            onChange={(e) => wizard.actions.keepRagged(e.currentTarget.checked)}
          />
          Import the {ragged.toLocaleString()} {ragged === 1 ? 'row' : 'rows'} with missing or extra fields as{' '}
          {ragged === 1 ? 'it is' : 'they are'} (otherwise {ragged === 1 ? 'it is' : 'they are'} listed as
          rejects: {ragged === 1 ? 'its' : 'their'} fields may have shifted)
        </label>
      )}
      <SaveMappingForm wizard={wizard} />
      <div className="dialog-actions">
        <button type="button" onClick={() => wizard.actions.goTo('preview')}>
          Back
        </button>
        <button
          type="button"
          className="primary"
          disabled={!named || wizard.progress !== null}
          onClick={() => void wizard.actions.check()}
        >
          Next: review
        </button>
      </div>
    </section>
  );
}
