import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../../../shared/engine';
import { stageField, stagePatchOf } from './stagePatch';

const [lead] = createDefaultPipeline(() => 's1', 0).stages;

/** The form as the Stages list holds it for `lead`, with some fields changed. */
function formFor(changes: Record<string, string> = {}, gates: string[] = lead!.gates) {
  const form = new FormData();
  const values: Record<string, string> = {
    name: lead!.name,
    probability: String(Math.round(lead!.probability * 100)),
    'stale-amount': String(lead!.staleAfter.amount),
    'stale-unit': lead!.staleAfter.unit,
    'cadence-amount': String(lead!.cadence.amount),
    'cadence-unit': lead!.cadence.unit,
    ...changes,
  };
  for (const [k, v] of Object.entries(values)) form.set(stageField(lead!.id, k), v);
  for (const g of gates) form.set(stageField(lead!.id, `gate-${g}`), 'on');
  return form;
}

describe('stagePatchOf', () => {
  it('is null for a stage nobody changed (nothing is saved for it)', () => {
    expect(stagePatchOf(formFor(), lead!)).toBeNull();
  });

  it('gives the whole edited stage when any field changed', () => {
    expect(stagePatchOf(formFor({ name: ' Prospects ', probability: '150' }), lead!)).toMatchObject({
      name: 'Prospects',
      probability: 1,
    });
    expect(stagePatchOf(formFor({ 'stale-unit': 'hours' }), lead!)?.staleAfter.unit).toBe('hours');
    expect(stagePatchOf(formFor({}, ['value-set']), lead!)?.gates).toEqual(['value-set']);
  });
});
