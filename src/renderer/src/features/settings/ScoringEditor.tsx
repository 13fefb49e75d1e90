import type { FormEvent } from 'react';
import {
  COMPANY_SIZES,
  DECISION_ROLES,
  SIGNAL_KINDS,
  SIGNAL_LABELS,
  type Settings,
} from '../../../../shared/model';
import { useSaveStatus } from '../../ui/useSaveStatus';
import { SaveFooter } from '../../ui/SaveFooter';
import { settingsActions } from './actions';

function Weight({
  name,
  label,
  value,
  max = 100,
}: {
  name: string;
  label: string;
  value: number;
  max?: number;
}) {
  return (
    <label>
      {label}
      <input name={name} type="number" min={0} max={max} step="any" defaultValue={value} required />
    </label>
  );
}

/** Lead scoring: points per signal, decay, fit weights, target industries and the auto-accept threshold. */
export function ScoringEditor({ settings }: { settings: Settings }) {
  const s = settings.scoring;
  const { state, run } = useSaveStatus();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const num = (k: string) => Number(f.get(k) ?? 0);
    const pick = (keys: readonly string[], prefix: string) =>
      Object.fromEntries(keys.map((k) => [k, num(`${prefix}${k}`)]));
    void run(() =>
      settingsActions.updateSettings({
        scoring: {
          signalWeights: pick(SIGNAL_KINDS, 'signal-') as Settings['scoring']['signalWeights'],
          halfLifeDays: num('halfLifeDays'),
          roleWeights: pick(DECISION_ROLES, 'role-'),
          sizeWeights: pick(COMPANY_SIZES, 'size-'),
          targetIndustries: String(f.get('targetIndustries') ?? '')
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
          industryWeight: num('industryWeight'),
          autoAcceptThreshold: num('autoAcceptThreshold'),
        },
      }),
    );
  };
  return (
    <form className="settings-card" onSubmit={submit} aria-label="Lead scoring">
      <h2>Lead scoring</h2>
      <fieldset className="weights">
        <legend>Points per engagement signal</legend>
        {SIGNAL_KINDS.map((k) => (
          <Weight key={k} name={`signal-${k}`} label={SIGNAL_LABELS[k]} value={s.signalWeights[k]} />
        ))}
      </fieldset>
      <fieldset className="weights">
        <legend>Fit: points by role in the decision</legend>
        {DECISION_ROLES.map((k) => (
          <Weight key={k} name={`role-${k}`} label={k} value={s.roleWeights[k] ?? 0} />
        ))}
      </fieldset>
      <fieldset className="weights">
        <legend>Fit: points by company size (employees)</legend>
        {COMPANY_SIZES.map((k) => (
          <Weight key={k} name={`size-${k}`} label={k} value={s.sizeWeights[k] ?? 0} />
        ))}
      </fieldset>
      <fieldset className="weights">
        <legend>Industry, decay and threshold</legend>
        <label className="wide">
          Target industries (comma-separated)
          <input name="targetIndustries" defaultValue={s.targetIndustries.join(', ')} />
        </label>
        <Weight name="industryWeight" label="Points for a target industry" value={s.industryWeight} />
        <Weight name="halfLifeDays" label="Signal half-life (days)" value={s.halfLifeDays} max={365} />
        <Weight
          name="autoAcceptThreshold"
          label="Auto-accept as SAL at score"
          value={s.autoAcceptThreshold}
        />
      </fieldset>
      <SaveFooter state={state} label="Save scoring" />
    </form>
  );
}
