import { describe, expect, it } from 'vitest';
import { forecastByMonth, weightedValue } from './forecast';
import { makeDeal, stageOf, testPipeline } from './testing/fixtures';

describe('forecast', () => {
  it('weights value by the stage probability unless the deal has its own', () => {
    expect(weightedValue(makeDeal({ value: 10_000 }, 'sql'), testPipeline)).toBe(5_000);
    expect(weightedValue(makeDeal({ value: 10_000, probability: 0.9 }, 'sql'), testPipeline)).toBe(9_000);
    expect(weightedValue(makeDeal({ value: 10_000, stageId: 'gone' }), testPipeline)).toBe(0);
  });

  it('groups open deals with an expected close by month and stage', () => {
    const deals = [
      makeDeal({ id: 'a', value: 10_000, expectedClose: '2026-03-10' }, 'sql'),
      makeDeal({ id: 'b', value: 20_000, expectedClose: '2026-03-28' }, 'sal'),
      makeDeal({ id: 'c', value: 1_000, expectedClose: '2026-02-01', probability: 1 }, 'sql'),
      makeDeal({ id: 'd', value: 99_000, expectedClose: null }, 'sql'),
      makeDeal(
        {
          id: 'e',
          value: 99_000,
          expectedClose: '2026-02-01',
          status: 'lost',
          outcome: { kind: 'lost', reason: 'Price', competitor: '', note: '' },
        },
        'sql',
      ),
      makeDeal({ id: 'f', value: 99_000, expectedClose: '2026-02-01', pipelineId: 'other' }, 'sql'),
    ];
    const sql = stageOf('sql').id;
    const sal = stageOf('sal').id;
    expect(forecastByMonth(deals, testPipeline)).toEqual([
      {
        month: '2026-02',
        byStage: { [sql]: 1_000 },
        weighted: 1_000,
        committed: 0,
        total: 1_000,
        warnings: [],
      },
      {
        month: '2026-03',
        byStage: { [sql]: 5_000, [sal]: 6_000 },
        weighted: 11_000,
        committed: 0,
        total: 11_000,
        warnings: [],
      },
    ]);
  });
});
