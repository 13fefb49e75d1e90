/**
 * The start-up snapshot's zod-free guard accepts exactly what the model's schemas accept for the
 * snapshot's shape (the zod schema below is what the snapshot was checked with before), and gives
 * back the same value: a well-formed snapshot, and that snapshot with any one value anywhere in
 * it replaced by arbitrary JSON, or a key added or removed. Hostile texts are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Deal, Pipeline } from '../../../shared/model';
import { card, pipeline } from '../features/board/testing/cards';
import { guardSnapshot } from './snapshotGuard';

const MAX_CARDS = 900;
const Figure = z.number().finite().min(-1e15).max(1e15);
const Counted = z.number().int().min(0).max(10_000_000);
const Reference = z.object({
  version: z.literal(1),
  savedAt: z.number().int().min(0),
  pipeline: Pipeline,
  pipelines: z
    .array(Pipeline.pick({ id: true, name: true }))
    .max(200)
    .optional(),
  currency: z.object({
    home: z.string().min(1).max(8),
    rates: z.record(z.string().max(8), z.number().finite().positive()),
  }),
  columns: z.record(
    z.string().max(64),
    z.object({ count: Counted, total: Figure, weighted: Figure, unconverted: Counted }),
  ),
  total: Counted,
  cards: z
    .array(
      Deal.pick({
        id: true,
        title: true,
        companyName: true,
        value: true,
        currency: true,
        probability: true,
        score: true,
        stageId: true,
        status: true,
        source: true,
        stageEnteredAt: true,
        lastActivityAt: true,
        nextFollowUpAt: true,
        pausedUntil: true,
        expectedClose: true,
      }).extend({
        handoff: z
          .object({ done: z.number().int().min(0).max(1000), total: z.number().int().min(0).max(1000) })
          .nullable(),
        contactEmail: z.string().max(320),
        contactName: z.string().max(300),
      }),
    )
    .max(MAX_CARDS),
});

const stage = pipeline.stages[0]!.id;
const good = (): unknown => ({
  version: 1,
  savedAt: 5,
  pipeline: { ...pipeline, qualification: 'champ' },
  pipelines: [
    { id: pipeline.id, name: pipeline.name },
    { id: 'p-2', name: 'Renewals' },
  ],
  currency: { home: 'USD', rates: { EUR: 1.1 } },
  columns: { [stage]: { count: 2, total: 10.5, weighted: -3, unconverted: 0 } },
  total: 2,
  cards: [
    card({ id: 'd-1', stageId: stage }),
    card({
      id: 'd-2',
      currency: 'EUR',
      probability: 0.4,
      expectedClose: '2026-02-28',
      handoff: { done: 1, total: 3 },
      nextFollowUpAt: 7,
      pausedUntil: 9,
    }),
  ],
});

/** Every path to a value inside `value` (object keys and array indexes). */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const inner = Array.isArray(value)
    ? value.flatMap((item, i) => paths(item, [...at, i]))
    : Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]));
  return [at, ...inner];
}

function withAt(value: unknown, path: (string | number)[], next: (old: unknown) => unknown): unknown {
  if (path.length === 0) return next(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = withAt(copy[head!], rest, next);
  return copy;
}

const ALL = paths(good());
/** The snapshot's own kinds of values as well as any JSON: near misses are the interesting ones. */
const replacement = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(0, -1, 1, 0.5, 1.5, 100, 101, 1e12, 1e15, 2e15, 7_258_118_400_000, 2 ** 53, -0),
  fc.constantFrom('', 'x', 'EUR', 'eur', '2026-02-30', '2026-02-28', 'won', 'event', 'custom', 'days'),
  fc.string({ maxLength: 70 }),
  fc.constant(null),
);

function agree(raw: unknown) {
  const reference = Reference.safeParse(raw);
  const guarded = guardSnapshot(raw, 1, MAX_CARDS);
  expect(guarded !== null).toBe(reference.success);
  if (reference.success) expect(guarded).toEqual(reference.data);
}

describe('the snapshot guard', () => {
  it('reads a well-formed snapshot as the schemas do', () => agree(good()));

  it('agrees with the schemas when any one value is replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), replacement, (path, next) =>
        agree(withAt(good(), path, () => next)),
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the schemas when a key is removed or an unknown one added', () => {
    const objects = ALL.filter((p) => {
      let v: unknown = good();
      for (const k of p) v = (v as Record<string | number, unknown>)[k];
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...objects),
        fc.string({ maxLength: 12 }),
        fc.jsonValue(),
        (path, key, v) => {
          fc.pre(key !== '__proto__');
          agree(withAt(good(), path, (o) => ({ ...(o as object), [key]: v })));
          agree(
            withAt(good(), path, (o) => {
              const { [Object.keys(o as object)[0]!]: _gone, ...rest } = o as Record<string, unknown>;
              return rest;
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['not an object', '[1,2]'],
    ['a prototype-polluting key in a map', '"columns":{"__proto__":{"count":1}}'],
    ['a prototype-polluting key in a card', '"cards":[{"__proto__":{"polluted":true}}]'],
    ['an infinite figure', '"total":1e999'],
    ['a card nested without end', `"cards":[${'['.repeat(5000)}${']'.repeat(5000)}]`],
  ])('refuses %s', (_name, part) => {
    const base = JSON.stringify(good());
    const text = part.startsWith('[') ? part : base.replace(/\}$/, `,${part}}`); // the last of a key wins
    const raw: unknown = JSON.parse(text);
    expect(guardSnapshot(raw, 1, MAX_CARDS)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('copies only what the board reads: unknown keys stay behind', () => {
    const raw = withAt(good(), ['cards', 0], (c) => ({ ...(c as object), secret: 'x' }));
    expect(guardSnapshot(raw, 1, MAX_CARDS)?.cards[0]).not.toHaveProperty('secret');
  });

  it('refuses more cards than the limit', () => {
    const many = withAt(good(), ['cards'], () => Array.from({ length: MAX_CARDS + 1 }, () => card()));
    expect(guardSnapshot(many, 1, MAX_CARDS)).toBeNull();
  });
});
