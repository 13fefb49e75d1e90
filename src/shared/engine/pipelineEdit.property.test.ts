import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Deal, Pipeline } from '../model';
import {
  addStage,
  checkRelocation,
  relocateDeals,
  removeStage,
  renameStage,
  reorderStages,
  updateStage,
  validatePipeline,
} from './pipelineEdit';
import { defaultSettings } from './defaults/settings';
import { HARD_GATES, stageRequirements, type GateInput } from './gates';
import { indexOfKind, stageIndex } from './pipelineQuery';
import { idMaker, makeDeal, T0, testPipeline, wonOutcome } from './testing/fixtures';

type Op =
  | { t: 'rename'; i: number; name: string }
  | { t: 'add'; i: number; name: string }
  | { t: 'remove'; i: number; dest: number | null }
  | { t: 'reorder'; seed: number[] }
  | { t: 'update'; i: number; probability: number };

const idx = fc.integer({ min: 0, max: 40 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('rename' as const), i: idx, name: fc.string({ maxLength: 20 }) }),
  fc.record({ t: fc.constant('add' as const), i: idx, name: fc.string({ maxLength: 20 }) }),
  fc.record({ t: fc.constant('remove' as const), i: idx, dest: fc.option(idx, { nil: null }) }),
  fc.record({
    t: fc.constant('reorder' as const),
    seed: fc.array(fc.integer(), { minLength: 40, maxLength: 40 }),
  }),
  fc.record({
    t: fc.constant('update' as const),
    i: idx,
    probability: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
  }),
);

const baseDeal = makeDeal();
// Property runs are CPU-bound; a generous timeout keeps them from failing on a busy machine.
const TIMEOUT_MS = 120_000;

const at = (p: Pipeline, i: number) => p.stages[i % p.stages.length]?.id ?? 'missing';
const gateInput: GateInput = { settings: defaultSettings(), activities: [], now: T0 };

/** Checked independently of the engine's relocation check: the deal may stay where it was moved. */
function meetsEntryRules(before: Pipeline, removedId: string, deal: Deal): boolean {
  const toIdx = stageIndex(before, deal.stageId);
  const to = before.stages[toIdx];
  if (!to) return false;
  const closedIdx = indexOfKind(before, 'closed');
  if (deal.status === 'won' && closedIdx >= 0 && toIdx < closedIdx) return false;
  if (deal.status === 'open' && (to.kind === 'closed' || to.kind === 'post-sale')) return false;
  const backward = toIdx < stageIndex(before, removedId);
  const unmet = stageRequirements(to, deal, gateInput, {
    passedOver: false,
    only: backward ? HARD_GATES : to.gates,
  });
  return unmet.length === 0;
}

describe('pipeline editing properties', () => {
  it(
    'never loses a deal and always leaves a valid pipeline',
    () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({ i: fc.integer({ min: 0, max: 6 }), accepted: fc.boolean(), validated: fc.boolean() }),
            {
              maxLength: 30,
            },
          ),
          fc.array(opArb, { maxLength: 25 }),
          (placement, ops) => {
            let pipeline = testPipeline;
            // Deals in Closed Deal / Post-Sale are won; the others open, some accepted / validated.
            let deals: Deal[] = placement.map(({ i, accepted, validated }, n) => ({
              ...baseDeal,
              id: `deal-${n}`,
              stageId: at(pipeline, i),
              salAccepted: accepted,
              dataValidated: validated,
              ...(i >= 5 ? { status: 'won' as const, outcome: wonOutcome() } : {}),
            }));
            const dealIds = deals.map((d) => d.id).sort();
            const newId = idMaker('s');
            for (const op of ops) {
              const original = pipeline;
              const before = structuredClone(pipeline);
              if (op.t === 'remove') {
                const stageId = at(pipeline, op.i);
                const count = deals.filter((d) => d.stageId === stageId).length;
                const dest = op.dest === null ? null : at(pipeline, op.dest);
                const r = removeStage(pipeline, stageId, dest, count);
                if (count > 0 && dest === null) expect(r.ok).toBe(false);
                const check =
                  r.ok && r.moveTo
                    ? checkRelocation(pipeline, stageId, r.moveTo, deals, () => gateInput)
                    : { ok: true as const };
                if (r.ok && check.ok) {
                  const removed = before.stages.find((s) => s.id === stageId);
                  if (removed && r.moveTo) {
                    const moved = relocateDeals(deals, removed, r.moveTo, { newId }, T0).deals;
                    // Every relocated deal meets its new stage's entry rules.
                    const relocated = new Set(deals.filter((d) => d.stageId === stageId).map((d) => d.id));
                    for (const d of moved)
                      if (relocated.has(d.id)) expect(meetsEntryRules(before, stageId, d)).toBe(true);
                    deals = moved;
                  }
                  pipeline = r.pipeline;
                } else if (!check.ok) {
                  // A refusal names only deals of the removed stage, and nothing moves.
                  expect(check.dealIds.length).toBeGreaterThan(0);
                  for (const id of check.dealIds)
                    expect(deals.find((d) => d.id === id)?.stageId).toBe(stageId);
                }
              } else {
                const r =
                  op.t === 'rename'
                    ? renameStage(pipeline, at(pipeline, op.i), op.name)
                    : op.t === 'add'
                      ? addStage(pipeline, op.i, { name: op.name }, newId)
                      : op.t === 'update'
                        ? updateStage(pipeline, at(pipeline, op.i), { probability: op.probability })
                        : reorderStages(
                            pipeline,
                            pipeline.stages
                              .map((s, k) => ({ id: s.id, key: op.seed[k] ?? 0 }))
                              .sort((a, b) => a.key - b.key)
                              .map((x) => x.id),
                          );
                if (r.ok) pipeline = r.pipeline;
              }
              expect(original).toEqual(before); // the edit returned a new value; the input is untouched
              expect(validatePipeline(pipeline).ok).toBe(true);
              expect(deals.map((d) => d.id).sort()).toEqual(dealIds);
              const ids = new Set(pipeline.stages.map((s) => s.id));
              for (const d of deals) expect(ids.has(d.stageId)).toBe(true);
            }
          },
        ),
        { numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a refused edit returns no pipeline and leaves the original untouched',
    () => {
      fc.assert(
        fc.property(idx, (i) => {
          const snapshot = structuredClone(testPipeline);
          const stageId = at(testPipeline, i);
          expect(removeStage(testPipeline, stageId, null, 1).ok).toBe(false);
          expect(updateStage(testPipeline, stageId, { probability: 2 }).ok).toBe(false);
          expect(testPipeline).toEqual(snapshot);
        }),
      );
    },
    TIMEOUT_MS,
  );
});
