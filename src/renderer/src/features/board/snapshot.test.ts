import { describe, expect, it } from 'vitest';
import { parseBoardSnapshot } from '../../state/boardSnapshot';
import { columnStats } from './columnStats';
import { buildBoardSnapshot } from './snapshot';
import { card, NOW, pipeline } from './testing/cards';

const DOLLARS = { home: 'USD', rates: { EUR: 1.1 } };
const [lead, nurture] = pipeline.stages;

function board(count: number) {
  const cards = Array.from({ length: count }, (_, i) =>
    card({ title: `Deal ${String(i).padStart(3, '0')}`, value: 100 * (i + 1), stageId: lead!.id }),
  );
  cards.push(card({ title: 'Euro deal', value: 500, currency: 'EUR', stageId: nurture!.id }));
  return { pipeline, cards };
}

describe('buildBoardSnapshot', () => {
  it('keeps the first cards of each column in the order the column shows them', () => {
    const data = board(50);
    const snapshot = buildBoardSnapshot(data, {
      now: NOW,
      sorts: { [lead!.id]: 'value' },
      currencies: DOLLARS,
      perColumn: 30,
    });
    const inLead = snapshot.cards.filter((c) => c.stageId === lead!.id);
    expect(inLead).toHaveLength(30);
    // Sorted by value, highest first: the 50th deal (5,000) down to the 21st.
    expect(inLead[0]!.value).toBe(5000);
    expect(inLead[29]!.value).toBe(2100);
    expect(snapshot.cards.filter((c) => c.stageId === nurture!.id).map((c) => c.title)).toEqual([
      'Euro deal',
    ]);
    expect(snapshot.total).toBe(51);
  });

  it('keeps each column’s count and totals over all its cards, not only the kept ones', () => {
    const data = board(50);
    const snapshot = buildBoardSnapshot(data, { now: NOW, sorts: {}, currencies: DOLLARS, perColumn: 5 });
    const stats = columnStats(data.cards, pipeline, DOLLARS);
    expect(snapshot.columns[lead!.id]).toEqual(stats.get(lead!.id));
    expect(snapshot.columns[lead!.id]!.count).toBe(50);
    expect(snapshot.columns[nurture!.id]!.total).toBeCloseTo(550);
    expect(Object.keys(snapshot.columns)).toEqual(pipeline.stages.map((s) => s.id));
  });

  it('keeps what the board paints of the pipeline and drops the stage guides', () => {
    const snapshot = buildBoardSnapshot(board(1), { now: NOW, sorts: {}, currencies: DOLLARS });
    expect(snapshot.pipeline.stages.map((s) => [s.id, s.name, s.probability])).toEqual(
      pipeline.stages.map((s) => [s.id, s.name, s.probability]),
    );
    expect(snapshot.pipeline.stages.every((s) => s.guidance.questions.length === 0)).toBe(true);
    expect(snapshot.currency).toEqual(DOLLARS);
  });

  it('keeps the pipelines the switcher offers, by id and name only, when the board knows them', () => {
    const other = { ...pipeline, id: 'p-2', name: 'Renewals' };
    const input = { now: NOW, sorts: {}, currencies: DOLLARS };
    const kept = buildBoardSnapshot(board(1), { ...input, pipelines: [pipeline, other] });
    expect(kept.pipelines).toEqual([
      { id: pipeline.id, name: pipeline.name },
      { id: 'p-2', name: 'Renewals' },
    ]);
    expect('pipelines' in buildBoardSnapshot(board(1), input)).toBe(false);
  });

  it('reads back what it wrote', () => {
    const snapshot = buildBoardSnapshot(board(40), {
      now: NOW,
      sorts: {},
      currencies: DOLLARS,
      pipelines: [pipeline],
    });
    expect(parseBoardSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
