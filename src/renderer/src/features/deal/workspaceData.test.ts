import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../../../shared/engine/defaults/stages';
import { makeDeal } from '../../../../shared/model';
import type { BoardCard } from '../../../../shared/rpc/views';
import { headerData } from './workspaceData';

let n = 0;
const newId = () => `id-${++n}`;
const sales = createDefaultPipeline(newId, 0, 'Sales');
const partners = createDefaultPipeline(newId, 0, 'Partners');
const [first, second] = sales.stages as [(typeof sales.stages)[0], (typeof sales.stages)[0]];
const deal = makeDeal(
  { id: 'd1', pipelineId: sales.id, stageId: second.id, title: 'Cold-chain sensors', source: 'event' },
  0,
);
/** The card the board held: one stage behind the record (a move landed since). */
const card = { ...deal, stageId: first.id, handoff: null, contactEmail: '', contactName: '' } as BoardCard;

describe('the workspace header’s data', () => {
  it('is the card the opener held until the deal arrives, with the card’s pipeline and stage', () => {
    expect(headerData(null, null, { card, pipeline: sales })).toEqual({
      deal: card,
      pipeline: sales,
      stage: first,
    });
  });

  it('is the deal’s record once it arrives, even before the pipelines (the card’s is the same one)', () => {
    expect(headerData(deal, null, { card, pipeline: sales })).toEqual({
      deal,
      pipeline: sales,
      stage: second,
    });
  });

  it('takes the deal’s own pipeline from the store, not a card from another pipeline', () => {
    const moved = { ...deal, pipelineId: partners.id, stageId: partners.stages[0]!.id };
    expect(headerData(moved, null, { card, pipeline: sales })).toBeNull();
    expect(headerData(moved, [sales, partners], { card, pipeline: sales })).toEqual({
      deal: moved,
      pipeline: partners,
      stage: partners.stages[0],
    });
  });

  it('is nothing yet when opened without a card, until the deal and its pipeline arrive', () => {
    expect(headerData(null, [sales], null)).toBeNull();
    expect(headerData(deal, null, null)).toBeNull();
    expect(headerData(deal, [sales], null)).toEqual({ deal, pipeline: sales, stage: second });
  });
});
