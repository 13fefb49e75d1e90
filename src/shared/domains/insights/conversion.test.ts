import { describe, expect, it } from 'vitest';
import { stageConversion } from './conversion';
import { historyByDeal } from './history';
import { ago, history, pipeline } from './testing/fixture';

const byDeal = historyByDeal(history, pipeline.id);
const pick = (rows: ReturnType<typeof stageConversion>) =>
  rows.map((r) => [r.id, r.entered, r.advanced, r.rate]);

describe('stageConversion', () => {
  it('over the last 30 days: of the deals that entered each stage, those that later moved further on', () => {
    expect(pick(stageConversion(byDeal, pipeline, ago(30)))).toEqual([
      // d2, d3, d5, d6 entered Lead (d1, d4, d7 before the period); d2 and d5 went on to MQL.
      ['s1', 4, 2, 0.5],
      // d1, d2, d5 entered MQL; only d1 went further (d2 lost, d5 moved back).
      ['s2', 3, 1, 1 / 3],
      // d1 and d4 entered SQL (d4 on day 28); d1 was won into Closed.
      ['s3', 2, 1, 0.5],
      ['s4', 1, 0, null],
    ]);
  });

  it('over all time', () => {
    expect(pick(stageConversion(byDeal, pipeline, null))).toEqual([
      ['s1', 7, 5, 5 / 7],
      ['s2', 5, 2, 0.4],
      ['s3', 2, 1, 0.5],
      ['s4', 1, 0, null],
    ]);
  });

  it('counts a skipped stage as moving on, and a deal entering twice once', () => {
    const skip = historyByDeal(
      [
        {
          id: 'a',
          dealId: 'x',
          pipelineId: 'p1',
          fromStageId: null,
          toStageId: 's1',
          fromStatus: null,
          toStatus: 'open',
          at: ago(9),
          reason: '',
          overridden: false,
        },
        {
          id: 'b',
          dealId: 'x',
          pipelineId: 'p1',
          fromStageId: 's1',
          toStageId: 's2',
          fromStatus: 'open',
          toStatus: 'open',
          at: ago(8),
          reason: '',
          overridden: false,
        },
        {
          id: 'c',
          dealId: 'x',
          pipelineId: 'p1',
          fromStageId: 's2',
          toStageId: 's1',
          fromStatus: 'open',
          toStatus: 'open',
          at: ago(7),
          reason: '',
          overridden: false,
        },
        {
          id: 'd',
          dealId: 'x',
          pipelineId: 'p1',
          fromStageId: 's1',
          toStageId: 's3',
          fromStatus: 'open',
          toStatus: 'open',
          at: ago(6),
          reason: '',
          overridden: false,
        },
      ],
      'p1',
    );
    expect(pick(stageConversion(skip, pipeline, ago(30))).slice(0, 3)).toEqual([
      ['s1', 1, 1, 1],
      ['s2', 1, 1, 1],
      ['s3', 1, 0, 0],
    ]);
  });

  it('has no rate where nothing entered', () => {
    expect(
      stageConversion(new Map(), pipeline, ago(30)).every((r) => r.entered === 0 && r.rate === null),
    ).toBe(true);
  });
});
