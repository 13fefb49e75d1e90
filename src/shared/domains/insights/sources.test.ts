import { describe, expect, it } from 'vitest';
import { LEAD_SOURCES } from '../../model';
import { historyByDeal } from './history';
import { sourceEffectiveness } from './sources';
import { ago, deals, history, pipeline } from './testing/fixture';

const byDeal = historyByDeal(history, pipeline.id);
const bySource = (rows: ReturnType<typeof sourceEffectiveness>) =>
  Object.fromEntries(rows.map((r) => [r.source, [r.leads, r.reachedSql, r.sqlRate, r.won, r.wonValue]]));

describe('sourceEffectiveness', () => {
  it('lists all nine sources in order, zeros included', () => {
    const rows = sourceEffectiveness([], byDeal, pipeline, null);
    expect(rows.map((r) => r.source)).toEqual([...LEAD_SOURCES]);
    expect(rows.every((r) => r.leads === 0 && r.sqlRate === null && r.won === 0 && r.wonValue === 0)).toBe(
      true,
    );
    expect(rows[0]!.label).toBe('Event attendee');
  });

  it('over all time: leads per source, share that reached SQL or later, won count and value', () => {
    expect(bySource(sourceEffectiveness(deals, byDeal, pipeline, null))).toMatchObject({
      // d1 (reached SQL, won at 1200), d2 (lost in MQL), d5 (back in Lead); d8 is another pipeline's.
      event: [3, 1, 1 / 3, 1, 1200],
      'partner-referral': [1, 1, 1, 0, 0], // d4 sits in SQL
      campaign: [1, 0, 0, 0, 0],
      trial: [1, 0, 0, 0, 0],
      social: [1, 0, 0, 0, 0],
      newsletter: [0, 0, null, 0, 0],
    });
  });

  it('over 30 days: only the leads created in the period', () => {
    expect(bySource(sourceEffectiveness(deals, byDeal, pipeline, ago(30)))).toMatchObject({
      event: [2, 0, 0, 0, 0], // d2 and d5 (d1 was created 40 days ago)
      'partner-referral': [0, 0, null, 0, 0],
      trial: [1, 0, 0, 0, 0],
      social: [1, 0, 0, 0, 0],
    });
  });

  it('counts a lead that was in SQL and moved back as having reached SQL', () => {
    const back = deals.map((d) => (d.id === 'd4' ? { ...d, stageId: 's2' } : d));
    expect(bySource(sourceEffectiveness(back, byDeal, pipeline, null))['partner-referral']).toEqual([
      1, 1, 1, 0, 0,
    ]);
  });
});
