import type { Deal, Pipeline, StageDef, StageHistoryEntry } from '../model';
import { MAX_STAGES, Pipeline as PipelineSchema } from '../model';
import type { GateInput } from './gates';
import { HARD_GATES, stageRequirements } from './gates';
import { indexOfKind, stageById, stageIndex } from './pipelineQuery';

export type EditResult = { ok: true; pipeline: Pipeline } | { ok: false; message: string };
export type StagePatch = Partial<Omit<StageDef, 'id'>>;

/** Schema-valid, unique stage ids, at most one stage of each default kind. */
export function validatePipeline(pipeline: Pipeline): EditResult {
  const parsed = PipelineSchema.safeParse(pipeline);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'The pipeline is not valid.' };
  const ids = new Set(pipeline.stages.map((s) => s.id));
  if (ids.size !== pipeline.stages.length) return { ok: false, message: 'Two stages share an id.' };
  const kinds = pipeline.stages.filter((s) => s.kind !== 'custom').map((s) => s.kind);
  if (new Set(kinds).size !== kinds.length)
    return { ok: false, message: 'Only one stage of each built-in kind is allowed.' };
  return { ok: true, pipeline: parsed.data };
}

function withStages(pipeline: Pipeline, stages: StageDef[]): EditResult {
  return validatePipeline({ ...pipeline, stages });
}

export function renameStage(pipeline: Pipeline, stageId: string, name: string): EditResult {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, message: 'A stage needs a name.' };
  return updateStage(pipeline, stageId, { name: trimmed });
}

/** Edit a stage's name, probability, stale period, cadence, gates or guidance. */
export function updateStage(pipeline: Pipeline, stageId: string, patch: StagePatch): EditResult {
  if (!stageById(pipeline, stageId))
    return { ok: false, message: 'That stage is not part of this pipeline.' };
  return withStages(
    pipeline,
    pipeline.stages.map((s) => (s.id === stageId ? { ...s, ...patch, id: s.id } : s)),
  );
}

/** Insert a new (custom by default) stage at `atIndex` (clamped). */
export function addStage(
  pipeline: Pipeline,
  atIndex: number,
  partial: StagePatch & { name: string },
  newId: () => string,
): EditResult {
  if (pipeline.stages.length >= MAX_STAGES)
    return { ok: false, message: `A pipeline has at most ${MAX_STAGES} stages.` };
  const index = Math.max(0, Math.min(pipeline.stages.length, Math.trunc(atIndex)));
  const before = pipeline.stages[index - 1];
  const stage: StageDef = {
    kind: 'custom',
    probability: before?.probability ?? 0.1,
    staleAfter: { amount: 14, unit: 'days' },
    cadence: { amount: 3, unit: 'days' },
    gates: [],
    guidance: { questions: [], signals: [], exitCriteria: [] },
    ...partial,
    name: partial.name.trim(),
    id: newId(),
  };
  if (!stage.name) return { ok: false, message: 'A stage needs a name.' };
  const stages = [...pipeline.stages];
  stages.splice(index, 0, stage);
  return withStages(pipeline, stages);
}

/**
 * Remove a stage. Refuses to remove the last stage, and refuses when the stage holds
 * deals and no other destination stage is given (no deal is ever lost).
 */
export function removeStage(
  pipeline: Pipeline,
  stageId: string,
  moveToStageId: string | null,
  dealCountInStage: number,
): { ok: true; pipeline: Pipeline; moveTo: string | null } | { ok: false; message: string } {
  const stage = stageById(pipeline, stageId);
  if (!stage) return { ok: false, message: 'That stage is not part of this pipeline.' };
  if (pipeline.stages.length <= 1) return { ok: false, message: 'A pipeline needs at least one stage.' };
  if (dealCountInStage > 0) {
    if (moveToStageId === null) {
      const n = dealCountInStage === 1 ? '1 deal' : `${dealCountInStage} deals`;
      return { ok: false, message: `${stage.name} holds ${n}: choose the stage they move to.` };
    }
    if (moveToStageId === stageId || !stageById(pipeline, moveToStageId)) {
      return { ok: false, message: 'Choose another stage of this pipeline for its deals.' };
    }
  }
  const result = withStages(
    pipeline,
    pipeline.stages.filter((s) => s.id !== stageId),
  );
  if (!result.ok) return result;
  return { ok: true, pipeline: result.pipeline, moveTo: dealCountInStage > 0 ? moveToStageId : null };
}

/** Put the stages in the given order; `orderedIds` must list every stage exactly once. */
export function reorderStages(pipeline: Pipeline, orderedIds: readonly string[]): EditResult {
  const same =
    orderedIds.length === pipeline.stages.length &&
    new Set(orderedIds).size === orderedIds.length &&
    orderedIds.every((id) => stageById(pipeline, id));
  if (!same) return { ok: false, message: 'The new order must list every stage exactly once.' };
  const stages = orderedIds
    .map((id) => stageById(pipeline, id))
    .filter((s): s is StageDef => s !== undefined);
  return withStages(pipeline, stages);
}

/**
 * The deals of a removed stage, moved to `toStageId`, each with a history entry. Deals in
 * other stages come back unchanged.
 */
export function relocateDeals(
  deals: readonly Deal[],
  removed: StageDef,
  toStageId: string,
  ids: { newId: () => string },
  now: number,
): { deals: Deal[]; history: StageHistoryEntry[] } {
  const history: StageHistoryEntry[] = [];
  const out = deals.map((deal) => {
    if (deal.stageId !== removed.id) return deal;
    history.push({
      id: ids.newId(),
      dealId: deal.id,
      pipelineId: deal.pipelineId,
      fromStageId: removed.id,
      toStageId,
      fromStatus: deal.status,
      toStatus: deal.status,
      at: now,
      reason: `Stage "${removed.name}" was removed`,
      overridden: false,
    });
    return { ...deal, stageId: toStageId, stageEnteredAt: now, updatedAt: now };
  });
  return { deals: out, history };
}

/**
 * Why `deal` may not be relocated from the removed stage to `to`, or null when it may. The
 * move rules apply: toward a later stage the destination's entry gates must be met; toward an
 * earlier one only its hard gates (as for a backward move). A won deal stays in Closed Deal or
 * later, and an open deal never lands in Closed Deal or Post-Sale (it gets there by a win).
 */
export function relocationProblem(
  pipeline: Pipeline,
  removedId: string,
  to: StageDef,
  deal: Deal,
  input: GateInput,
): string | null {
  const toIdx = stageIndex(pipeline, to.id);
  const closedIdx = indexOfKind(pipeline, 'closed');
  if (deal.status === 'won' && closedIdx >= 0 && toIdx < closedIdx)
    return `a won deal stays in ${pipeline.stages[closedIdx]?.name ?? 'Closed Deal'} or later`;
  if (deal.status === 'open' && (to.kind === 'closed' || to.kind === 'post-sale'))
    return `an open deal enters ${to.name} only by being won or lost`;
  const backward = toIdx < stageIndex(pipeline, removedId);
  const unmet = stageRequirements(
    to,
    deal,
    { ...input, pipeline },
    {
      passedOver: false,
      ...(backward ? { only: HARD_GATES } : {}),
    },
  );
  return unmet[0]?.message.replace(/\.$/, '') ?? null;
}

const LISTED = 5;

/**
 * Before removing a stage: every deal it holds must be accepted by the destination (see
 * relocationProblem), or the edit is refused naming the deals (nothing is moved).
 */
export function checkRelocation(
  pipeline: Pipeline,
  removedId: string,
  toStageId: string,
  deals: readonly Deal[],
  inputFor: (deal: Deal) => GateInput,
): { ok: true } | { ok: false; message: string; dealIds: string[] } {
  const to = stageById(pipeline, toStageId);
  if (!to) return { ok: false, message: 'Choose another stage of this pipeline for its deals.', dealIds: [] };
  const refused = deals
    .filter((d) => d.stageId === removedId)
    .map((deal) => ({ deal, problem: relocationProblem(pipeline, removedId, to, deal, inputFor(deal)) }))
    .filter((r): r is { deal: Deal; problem: string } => r.problem !== null);
  if (refused.length === 0) return { ok: true };
  const n = refused.length === 1 ? '1 deal' : `${refused.length} deals`;
  const named = refused.slice(0, LISTED).map((r) => `"${r.deal.title}" (${r.problem})`);
  const more = refused.length > LISTED ? `, and ${refused.length - LISTED} more` : '';
  return {
    ok: false,
    message: `${n} cannot move to ${to.name}: ${named.join('; ')}${more}. Move them first or choose another stage.`,
    dealIds: refused.map((r) => r.deal.id),
  };
}
