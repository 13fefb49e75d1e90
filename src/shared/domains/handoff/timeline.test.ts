import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../engine';
import { makeActivity, makeHistory } from '../../model';
import { handoffTimeline, historyText, TIMELINE_MAX } from './timeline';

let seq = 0;
const pipeline = createDefaultPipeline(() => `st${seq++}`, 0);
const [lead, , , , sql, closed, post] = pipeline.stages;
const h = (over: Parameters<typeof makeHistory>[0]) => makeHistory(over);

describe('historyText', () => {
  it('says what happened in stage names', () => {
    const common = { id: 'h', dealId: 'd', pipelineId: 'p', at: 1 };
    expect(
      historyText(h({ ...common, toStageId: lead!.id, toStatus: 'open', reason: 'Lead created' }), pipeline),
    ).toBe(`Lead created in ${lead!.name}`);
    expect(
      historyText(
        h({
          ...common,
          fromStageId: sql!.id,
          toStageId: closed!.id,
          fromStatus: 'open',
          toStatus: 'won',
          reason: '',
        }),
        pipeline,
      ),
    ).toBe(`Won, moved to ${closed!.name}`);
    expect(
      historyText(
        h({
          ...common,
          fromStageId: closed!.id,
          toStageId: post!.id,
          fromStatus: 'won',
          toStatus: 'won',
          reason: 'Kick-off booked',
        }),
        pipeline,
      ),
    ).toBe(`Moved from ${closed!.name} to ${post!.name}: Kick-off booked`);
    expect(
      historyText(
        h({
          ...common,
          fromStageId: sql!.id,
          toStageId: sql!.id,
          fromStatus: 'open',
          toStatus: 'lost',
          reason: 'Price',
        }),
        pipeline,
      ),
    ).toBe(`Closed lost in ${sql!.name}: Price`);
    expect(
      historyText(
        h({
          ...common,
          fromStageId: lead!.id,
          toStageId: sql!.id,
          fromStatus: 'open',
          toStatus: 'open',
          overridden: true,
        }),
        pipeline,
      ),
    ).toBe(`Moved from ${lead!.name} to ${sql!.name} (gates overridden)`);
    expect(
      historyText(
        h({ ...common, fromStageId: 'gone', toStageId: sql!.id, fromStatus: 'open', toStatus: 'open' }),
        null,
      ),
    ).toBe('Moved from a removed stage to a removed stage');
  });
});

describe('handoffTimeline', () => {
  it('merges stage changes, meetings and signals oldest first, and skips calls and notes', () => {
    const moments = handoffTimeline({
      pipeline,
      history: [
        h({
          id: 'h1',
          dealId: 'd',
          pipelineId: 'p',
          toStageId: lead!.id,
          toStatus: 'open',
          at: 10,
          reason: 'Lead created',
        }),
      ],
      activities: [
        makeActivity({ id: 'a1', dealId: 'd', type: 'meeting', subject: 'Discovery workshop', at: 30 }, 30),
        makeActivity({ id: 'a2', dealId: 'd', type: 'signal', signal: 'trial-request', at: 20 }, 20),
        makeActivity({ id: 'a3', dealId: 'd', type: 'call', subject: 'Chat', at: 25 }, 25),
        makeActivity({ id: 'a4', dealId: 'd', type: 'note', subject: 'Pain', painPoint: true, at: 26 }, 26),
      ],
    });
    expect(moments).toEqual([
      { at: 10, text: `Lead created in ${lead!.name}` },
      { at: 20, text: 'Buying signal: customer requested a trial' },
      { at: 30, text: 'Meeting: Discovery workshop' },
    ]);
  });

  it(`keeps the ${TIMELINE_MAX} most recent moments`, () => {
    const activities = Array.from({ length: TIMELINE_MAX + 20 }, (_, i) =>
      makeActivity({ id: `a${i}`, dealId: 'd', type: 'meeting', at: i }, i),
    );
    const moments = handoffTimeline({ pipeline, history: [], activities });
    expect(moments).toHaveLength(TIMELINE_MAX);
    expect(moments[0]!.at).toBe(20);
    expect(moments.at(-1)!.at).toBe(TIMELINE_MAX + 19);
  });
});
