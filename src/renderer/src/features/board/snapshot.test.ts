import { describe, expect, it } from 'vitest';
import { parseBoardSnapshot } from '../../state/boardSnapshot';
import { columnStats } from './columnStats';
import { cardViews } from './cardView';
import { groupByStage, sortCards } from './filterCards';
import { buildBoardSnapshot, buildBoardSnapshotInSlices, SNAPSHOT_SLICE } from './snapshot';
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

  it('reads back what it wrote', () => {
    const snapshot = buildBoardSnapshot(board(40), { now: NOW, sorts: {}, currencies: DOLLARS });
    expect(parseBoardSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe('buildBoardSnapshotInSlices', () => {
  /** A board larger than a few slices, in every column, with ties, follow-ups and ages mixed. */
  function mixed(count: number) {
    const cards = Array.from({ length: count }, (_, i) =>
      card({
        title: `Deal ${i % 97}`,
        value: (i * 7919) % 5000,
        score: (i * 31) % 100,
        stageId: pipeline.stages[i % 4]!.id,
        stageEnteredAt: NOW - ((i * 13) % 40) * 86_400_000,
        nextFollowUpAt: i % 3 === 0 ? null : NOW + (((i * 17) % 20) - 10) * 3_600_000,
      }),
    );
    return { pipeline, cards };
  }
  const sorts = {
    [pipeline.stages[0]!.id]: 'value',
    [pipeline.stages[1]!.id]: 'score',
    [pipeline.stages[2]!.id]: 'age',
  } as const;

  it('gives the snapshot a whole-column sort gives, however many slices it takes', async () => {
    const data = mixed(SNAPSHOT_SLICE * 2 + 123);
    const input = { now: NOW, sorts, currencies: DOLLARS, perColumn: 30 };
    let pauses = 0;
    const sliced = await buildBoardSnapshotInSlices(
      data,
      input,
      async () => void (pauses += 1),
      () => false,
    );
    expect(pauses).toBe(3);
    expect(sliced).toEqual(buildBoardSnapshot(data, input));
    const groups = groupByStage(
      cardViews(data.cards, pipeline, NOW),
      pipeline.stages.map((s) => s.id),
    );
    const expected = pipeline.stages.flatMap((s) =>
      sortCards(groups.get(s.id) ?? [], sorts[s.id as keyof typeof sorts] ?? 'urgency')
        .slice(0, 30)
        .map((v) => v.card.id),
    );
    expect(sliced!.cards.map((c) => c.id)).toEqual(expected);
    expect(sliced!.columns[pipeline.stages[0]!.id]).toEqual(
      columnStats(data.cards, pipeline, DOLLARS).get(pipeline.stages[0]!.id),
    );
  });

  it('gives up (no snapshot) when told to stop between slices', async () => {
    let stop = false;
    const result = await buildBoardSnapshotInSlices(
      mixed(SNAPSHOT_SLICE * 3),
      { now: NOW, sorts: {}, currencies: DOLLARS },
      async () => void (stop = true),
      () => stop,
    );
    expect(result).toBeNull();
  });
});
