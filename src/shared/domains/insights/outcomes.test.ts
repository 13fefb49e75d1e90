import { describe, expect, it } from 'vitest';
import { historyByDeal } from './history';
import { closedAt, outcomes } from './outcomes';
import { ago, deals, history, pipeline } from './testing/fixture';

const mine = deals.filter((d) => d.pipelineId === pipeline.id);
const byDeal = historyByDeal(history, pipeline.id);

describe('outcomes', () => {
  it('over 30 days: the deals closed in the period, win rate without the disqualified', () => {
    expect(outcomes(mine, byDeal, ago(30))).toEqual({
      won: 1, // d1, at its contract value
      lost: 1, // d2 (d7 was lost 40 days ago)
      disqualified: 1,
      wonValue: 1200,
      lostValue: 500,
      winRate: 0.5,
      lostReasons: [{ reason: 'Price', count: 1, value: 500 }],
      // d1 was won before the reason was asked.
      wonReasons: [{ reason: '(no reason)', count: 1, value: 1200 }],
    });
  });

  it('counts why deals were won, at their contract value, most frequent first', () => {
    const wonAgain = (id: string, reason: string, contractValue: number) => {
      const d1 = mine[0]!;
      if (d1.outcome?.kind !== 'won') throw new Error('d1 is won in the fixture');
      return { ...d1, id, outcome: { ...d1.outcome, reason, contractValue } };
    };
    const extra = [
      wonAgain('w1', 'Relationship', 300),
      wonAgain('w2', 'Relationship', 200),
      wonAgain('w3', 'Price', 900),
    ];
    const withHistory = new Map([...byDeal, ...extra.map((d) => [d.id, byDeal.get('d1')!] as const)]);
    expect(outcomes([...mine, ...extra], withHistory, ago(30)).wonReasons).toEqual([
      { reason: 'Relationship', count: 2, value: 500 },
      { reason: '(no reason)', count: 1, value: 1200 },
      { reason: 'Price', count: 1, value: 900 },
    ]);
  });

  it('over all time, lost reasons most frequent first, then by value', () => {
    const all = outcomes(mine, byDeal, null);
    expect(all).toMatchObject({
      won: 1,
      lost: 2,
      disqualified: 1,
      wonValue: 1200,
      lostValue: 1300,
      winRate: 1 / 3,
    });
    expect(all.lostReasons).toEqual([
      { reason: 'Timing', count: 1, value: 800 },
      { reason: 'Price', count: 1, value: 500 },
    ]);
  });

  it('finds when a deal got its closed status', () => {
    expect(closedAt(mine[1]!, byDeal.get('d2'))).toBe(ago(3));
    expect(closedAt(mine[0]!, byDeal.get('d1'))).toBe(ago(5));
    expect(closedAt(mine[0]!, undefined)).toBeNull();
  });

  it('has no win rate when nothing closed', () => {
    expect(outcomes(mine, byDeal, ago(1))).toMatchObject({
      won: 0,
      lost: 0,
      winRate: null,
      lostReasons: [],
    });
  });
});
