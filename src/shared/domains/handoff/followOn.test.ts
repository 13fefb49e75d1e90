import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../engine';
import { Deal as DealSchema, StageHistoryEntry } from '../../model';
import { fixtureDeal } from './notes/testing/fixture';
import { buildFollowOn } from './followOn';

let seq = 0;
const pipeline = createDefaultPipeline(() => `st${seq++}`, 0);

describe('buildFollowOn', () => {
  it('opens a linked deal in the first stage for the same company and contacts', () => {
    const parent = fixtureDeal({ pipelineId: pipeline.id, stageId: pipeline.stages[6]!.id });
    let n = 0;
    const { deal, history } = buildFollowOn({
      parent,
      pipeline,
      kind: 'upsell',
      title: '  Route optimisation  ',
      value: 30000,
      newId: () => `new-${n++}`,
      now: 500,
    });
    expect(deal).toMatchObject({
      id: 'new-0',
      pipelineId: pipeline.id,
      stageId: pipeline.stages[0]!.id,
      status: 'open',
      title: 'Route optimisation',
      value: 30000,
      parentDealId: parent.id,
      companyId: parent.companyId,
      companyName: parent.companyName,
      contacts: parent.contacts,
      outcome: null,
      stageEnteredAt: 500,
      notes: 'Upsell follow-on from "Fleet telematics rollout".',
    });
    expect(deal.profile).toEqual(parent.profile);
    expect(deal.bant.need.state).toBe('unknown');
    expect(history).toMatchObject({
      id: 'new-1',
      dealId: 'new-0',
      toStageId: pipeline.stages[0]!.id,
      fromStageId: null,
      toStatus: 'open',
      reason: 'Follow-on from Fleet telematics rollout',
      at: 500,
    });
    expect(DealSchema.safeParse(deal).success).toBe(true);
    expect(StageHistoryEntry.safeParse(history).success).toBe(true);
  });

  it('does not share arrays with the parent', () => {
    const parent = fixtureDeal();
    const { deal } = buildFollowOn({
      parent,
      pipeline,
      kind: 'add-on',
      title: 'X',
      value: 1,
      newId: () => 'i',
      now: 1,
    });
    deal.contacts.push({ contactId: 'z', role: 'user' });
    deal.profile.staffing.push('consulting');
    expect(parent.contacts).toHaveLength(2);
    expect(parent.profile.staffing).toEqual(['own-staff', 'csm']);
  });
});
