import { GATE_IDS, type Duration, type GateId, type StageDef } from '../../../../shared/model';

/** The editable part of a stage, as the one Stages form holds it. */
export type StagePatch = Pick<StageDef, 'name' | 'probability' | 'staleAfter' | 'cadence' | 'gates'>;

/** A field of one stage in the Stages form: `<stage id>.<field>`. */
export const stageField = (stageId: string, field: string) => `${stageId}.${field}`;

/** What the form says of `stage`, or null when nothing of it changed (nothing to save). */
export function stagePatchOf(form: FormData, stage: StageDef): StagePatch | null {
  const get = (field: string) => form.get(stageField(stage.id, field));
  const duration = (k: string): Duration => ({
    amount: Math.trunc(Number(get(`${k}-amount`) ?? 0)),
    unit: get(`${k}-unit`) === 'hours' ? 'hours' : 'days',
  });
  const patch: StagePatch = {
    name: String(get('name') ?? '').trim(),
    probability: Math.max(0, Math.min(100, Number(get('probability') ?? 0))) / 100,
    staleAfter: duration('stale'),
    cadence: duration('cadence'),
    gates: GATE_IDS.filter((g) => get(`gate-${g}`) === 'on') as GateId[],
  };
  const same =
    patch.name === stage.name &&
    Math.round(patch.probability * 100) === Math.round(stage.probability * 100) &&
    JSON.stringify([patch.staleAfter, patch.cadence]) === JSON.stringify([stage.staleAfter, stage.cadence]) &&
    [...patch.gates].sort().join() === [...stage.gates].sort().join();
  return same ? null : patch;
}
