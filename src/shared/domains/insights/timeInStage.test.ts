import { describe, expect, it } from 'vitest';
import { historyByDeal } from './history';
import { ago, history, pipeline } from './testing/fixture';
import { timeInStage } from './timeInStage';

const byDeal = historyByDeal(history, pipeline.id);

describe('timeInStage', () => {
  it('averages the completed visits that started in the period, in days', () => {
    const rows = timeInStage(byDeal, pipeline, ago(30));
    // Lead: d2 25→15 (10 d), d5 20→12 (8 d), d6 15→14 disqualified (1 d); d3 and d5's return are still open.
    expect(rows[0]).toMatchObject({ id: 's1', visits: 3 });
    expect(rows[0]!.averageDays).toBeCloseTo(19 / 3, 10);
    // MQL: d1 20→10 (10 d), d2 15→3 lost (12 d), d5 12→8 moved back (4 d).
    expect(rows[1]).toMatchObject({ id: 's2', visits: 3 });
    expect(rows[1]!.averageDays).toBeCloseTo(26 / 3, 10);
    // SQL: d1 10→5 (5 d); d4 still there (excluded).
    expect(rows[2]).toEqual({ id: 's3', name: 'SQL', visits: 1, averageDays: 5 });
    // Closed: d1 is still there.
    expect(rows[3]).toEqual({ id: 's4', name: 'Closed', visits: 0, averageDays: null });
  });

  it('over all time includes the older visits', () => {
    const rows = timeInStage(byDeal, pipeline, null);
    // Lead adds d1 40→20 (20), d4 100→50 (50), d7 60→45 (15): (19 + 85) / 6.
    expect(rows[0]!.visits).toBe(6);
    expect(rows[0]!.averageDays).toBeCloseTo(104 / 6, 10);
    // MQL adds d4 50→28 (22), d7 45→40 lost (5): (26 + 27) / 5.
    expect(rows[1]!.visits).toBe(5);
    expect(rows[1]!.averageDays).toBeCloseTo(53 / 5, 10);
  });
});
