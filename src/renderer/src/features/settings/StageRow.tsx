import { useState } from 'react';
import { GATE_LABELS } from '../../../../shared/engine';
import { GATE_IDS, type Duration, type Pipeline, type StageDef } from '../../../../shared/model';
import { useSaveStatus } from '../../ui/useSaveStatus';
import { stageField } from './stagePatch';
import { settingsActions } from './actions';

interface Props {
  pipeline: Pipeline;
  stage: StageDef;
  index: number;
  onMove(by: -1 | 1): void;
}

function DurationField({ name, label, value }: { name: string; label: string; value: Duration }) {
  // `name` is already the stage's field prefix (`<stage id>.stale`).
  return (
    <fieldset className="duration">
      <legend>{label}</legend>
      <input
        name={`${name}-amount`}
        type="number"
        min={0}
        max={10000}
        defaultValue={value.amount}
        aria-label={`${label} amount`}
      />
      <select name={`${name}-unit`} defaultValue={value.unit} aria-label={`${label} unit`}>
        <option value="hours">hours</option>
        <option value="days">days</option>
      </select>
    </fieldset>
  );
}

/** One stage in the Stages form: name, probability, stale period, cadence, gates; move or remove it. */
export function StageRow({ pipeline, stage, index, onMove }: Props) {
  const { run } = useSaveStatus();
  const field = (name: string) => stageField(stage.id, name);
  const [removing, setRemoving] = useState<string | null>(null);
  const others = pipeline.stages.filter((s) => s.id !== stage.id);
  const remove = async () => {
    const moveTo = removing ?? undefined;
    try {
      await settingsActions.removeStage({
        pipelineId: pipeline.id,
        stageId: stage.id,
        ...(moveTo ? { moveTo } : {}),
      });
    } catch (e) {
      // The stage holds deals: ask where they go, then try again.
      const holdsDeals = e instanceof Error && /holds/.test(e.message);
      if (!moveTo && holdsDeals && others[0]) setRemoving(others[0].id);
      else void run(() => Promise.reject(e));
    }
  };
  return (
    <li className="stage-row" aria-label={`Stage ${index + 1}: ${stage.name}`}>
      <div className="stage-form">
        <label>
          Name
          <input name={field('name')} defaultValue={stage.name} required />
        </label>
        <label>
          Probability (%)
          <input
            name={field('probability')}
            type="number"
            min={0}
            max={100}
            defaultValue={Math.round(stage.probability * 100)}
          />
        </label>
        <DurationField name={field('stale')} label="Stale after" value={stage.staleAfter} />
        <DurationField name={field('cadence')} label="Next step within" value={stage.cadence} />
        <details className="gates">
          <summary>Entry requirements ({stage.gates.length})</summary>
          {GATE_IDS.map((g) => (
            <label key={g} className="inline">
              <input type="checkbox" name={field(`gate-${g}`)} defaultChecked={stage.gates.includes(g)} />
              {GATE_LABELS[g]}
            </label>
          ))}
        </details>
        <div className="stage-actions">
          <button
            type="button"
            onClick={() => onMove(-1)}
            disabled={index === 0}
            aria-label={`Move ${stage.name} earlier`}
          >
            ↑
          </button>
          <button
            type="button"
            onClick={() => onMove(1)}
            disabled={index === pipeline.stages.length - 1}
            aria-label={`Move ${stage.name} later`}
          >
            ↓
          </button>
          <button type="button" onClick={() => void remove()} aria-label={`Remove ${stage.name}`}>
            Remove
          </button>
        </div>
      </div>
      {removing !== null && (
        <div className="remove-stage" role="group" aria-label={`Remove ${stage.name}`}>
          <span>{stage.name} holds deals. Move them to</span>
          <select
            aria-label="Move its deals to"
            value={removing}
            onChange={(e) => setRemoving(e.target.value)}
          >
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void remove()}>
            Move deals and remove
          </button>
          <button type="button" onClick={() => setRemoving(null)}>
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}
