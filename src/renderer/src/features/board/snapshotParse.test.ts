import { describe, expect, it } from 'vitest';
import { parseBoardSnapshot, SNAPSHOT_MAX_CHARS } from '../../state/boardSnapshot';
import { card as makeCard, pipeline } from './testing/cards';

const stage = pipeline.stages[0]!.id;
const figures = { count: 1, total: 10, weighted: 1, unconverted: 0 };
const card = makeCard({ id: 'd-1', title: 'Deal', stageId: stage });
const good = () => ({
  version: 1,
  savedAt: 1,
  pipeline,
  currency: { home: 'USD', rates: {} },
  columns: Object.fromEntries(pipeline.stages.map((s) => [s.id, figures])),
  total: 1,
  cards: [card],
});
const text = (value: unknown) => JSON.stringify(value);

describe('parseBoardSnapshot', () => {
  it('reads a well-formed snapshot', () => {
    expect(parseBoardSnapshot(text(good()))?.cards[0]?.title).toBe('Deal');
  });

  it('reads the pipelines the switcher offers, and a snapshot written before they were kept', () => {
    const pipelines = [
      { id: 'p-1', name: 'Sales pipeline' },
      { id: 'p-2', name: 'Renewals' },
    ];
    expect(parseBoardSnapshot(text({ ...good(), pipelines }))?.pipelines).toEqual(pipelines);
    expect(parseBoardSnapshot(text(good()))?.pipelines).toBeUndefined();
  });

  it.each([
    ['nothing stored', null],
    ['a pipeline choice without a name', text({ ...good(), pipelines: [{ id: 'p-1' }] })],
    ['a pipeline choice with an empty id', text({ ...good(), pipelines: [{ id: '', name: 'Sales' }] })],
    [
      'a pipeline name longer than a name can be',
      text({ ...good(), pipelines: [{ id: 'p', name: 'x'.repeat(301) }] }),
    ],
    ['pipelines that are not a list', text({ ...good(), pipelines: { id: 'p', name: 'Sales' } })],
    [
      'more pipelines than a rep keeps',
      text({ ...good(), pipelines: Array.from({ length: 201 }, (_, i) => ({ id: `p-${i}`, name: 'P' })) }),
    ],
    ['an empty string', ''],
    ['text that is not JSON', '{"version":1,'],
    ['JSON that is not an object', '42'],
    ['another version', text({ ...good(), version: 2 })],
    ['a card with a wrong field', text({ ...good(), cards: [{ ...card, value: 'lots' }] })],
    ['a card in a stage the pipeline lacks', text({ ...good(), cards: [{ ...card, stageId: 'elsewhere' }] })],
    ['a column without figures', text({ ...good(), columns: {} })],
    ['negative counts', text({ ...good(), columns: { [stage]: { ...figures, count: -1 } } })],
    ['a time JavaScript cannot show', text({ ...good(), cards: [{ ...card, lastActivityAt: 9e15 }] })],
    ['too many cards', text({ ...good(), cards: Array.from({ length: 901 }, () => card) })],
    ['a prototype-polluting key', '{"__proto__":{"polluted":true},"version":1}'],
  ])('ignores %s', (_name, stored) => {
    expect(parseBoardSnapshot(stored)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('ignores, unread, anything bigger than a snapshot this app writes', () => {
    const big = text({ ...good(), padding: 'x'.repeat(SNAPSHOT_MAX_CHARS) });
    expect(parseBoardSnapshot(big)).toBeNull();
  });
});
