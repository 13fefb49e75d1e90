import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../../../shared/engine';
import { makeActivity, makeHistory } from '../../../../shared/model';
import { timelineEntries } from './timelineEntries';

let n = 0;
const pipeline = createDefaultPipeline(() => `s${++n}`, 0);
const [lead, nurture] = pipeline.stages;

describe('timelineEntries', () => {
  it('merges activities and stage history, newest first, in plain words', () => {
    const entries = timelineEntries(
      [
        makeActivity({ id: 'a1', dealId: 'd', type: 'call', subject: 'Intro call', at: 200 }, 200),
        makeActivity({ id: 'a2', dealId: 'd', type: 'signal', signal: 'trial-request', at: 400 }, 400),
      ],
      [
        makeHistory({
          id: 'h1',
          dealId: 'd',
          pipelineId: pipeline.id,
          toStageId: lead!.id,
          toStatus: 'open',
          at: 100,
          reason: 'Lead created',
        }),
        makeHistory({
          id: 'h2',
          dealId: 'd',
          pipelineId: pipeline.id,
          fromStageId: lead!.id,
          fromStatus: 'open',
          toStageId: nurture!.id,
          toStatus: 'open',
          at: 300,
        }),
      ],
      pipeline,
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Signal: requested a trial',
      'Moved from Lead Generation to Lead Nurturing',
      'Intro call',
      'Entered Lead Generation',
    ]);
    expect(entries[3]!.body).toBe('Lead created');
  });
});
