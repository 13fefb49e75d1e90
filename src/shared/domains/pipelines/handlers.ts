import { createDefaultPipeline } from '../../engine';
import {
  addStage,
  checkRelocation,
  relocateDeals,
  removeStage,
  renameStage,
  reorderStages,
  updateStage,
  validatePipeline,
  type EditResult,
} from '../../engine/pipelineEdit';
import type { Pipeline } from '../../model';
import { RpcError } from '../../rpc/protocol';
import type { pipelineMethods } from './contract';
import type { StoreContext } from '../../store/context';
import { readSettings } from '../../store/derive';
import { getPipelineOrThrow } from '../../store/lookups';
import type { HandlerTable } from '../../store/handlerTable';

/** Save an engine edit, or refuse it with the engine's words (nothing is written). */
async function saveEdit(ctx: StoreContext, result: EditResult): Promise<Pipeline> {
  if (!result.ok) throw new RpcError('invalid-input', result.message);
  const pipeline = { ...result.pipeline, updatedAt: ctx.now() };
  await ctx.db.pipelines.put(pipeline);
  return pipeline;
}

/** Edit one pipeline in one transaction. */
function editPipeline(ctx: StoreContext, pipelineId: string, edit: (p: Pipeline) => EditResult) {
  return ctx.write(async () => {
    const pipeline = await getPipelineOrThrow(ctx, pipelineId);
    return saveEdit(ctx, edit(pipeline));
  });
}

export const pipelineHandlers: HandlerTable<keyof typeof pipelineMethods> = {
  async 'pipelines.list'(_input, ctx) {
    return ctx.db.pipelines.orderBy('order').toArray();
  },

  async 'pipelines.create'({ name, copyOf }, ctx) {
    return ctx.write(async () => {
      const now = ctx.now();
      const last = await ctx.db.pipelines.orderBy('order').last();
      const order = (last?.order ?? -1) + 1;
      let pipeline: Pipeline;
      if (copyOf) {
        const source = await getPipelineOrThrow(ctx, copyOf);
        const stages = source.stages.map((s) => ({ ...structuredClone(s), id: ctx.newId() }));
        pipeline = { id: ctx.newId(), name, stages, order, createdAt: now, updatedAt: now };
        if (source.qualification) pipeline.qualification = source.qualification;
      } else {
        pipeline = { ...createDefaultPipeline(ctx.newId, now, name), order };
      }
      const checked = validatePipeline(pipeline);
      if (!checked.ok) throw new RpcError('invalid-input', checked.message);
      await ctx.db.pipelines.add(checked.pipeline);
      return checked.pipeline;
    });
  },

  async 'pipelines.rename'({ pipelineId, name }, ctx) {
    return editPipeline(ctx, pipelineId, (p) => validatePipeline({ ...p, name }));
  },

  async 'pipelines.setQualification'({ pipelineId, qualification }, ctx) {
    return editPipeline(ctx, pipelineId, (p) => validatePipeline({ ...p, qualification }));
  },

  async 'pipelines.updateStage'({ pipelineId, stageId, patch }, ctx) {
    return editPipeline(ctx, pipelineId, (p) => {
      const { name, ...rest } = patch;
      const renamed = name === undefined ? { ok: true as const, pipeline: p } : renameStage(p, stageId, name);
      return renamed.ok ? updateStage(renamed.pipeline, stageId, rest) : renamed;
    });
  },

  async 'pipelines.addStage'({ pipelineId, atIndex, stage }, ctx) {
    return editPipeline(ctx, pipelineId, (p) => addStage(p, atIndex, stage, ctx.newId));
  },

  async 'pipelines.removeStage'({ pipelineId, stageId, moveTo }, ctx) {
    return ctx.write(async () => {
      const pipeline = await getPipelineOrThrow(ctx, pipelineId);
      const deals = await ctx.db.deals.where('[pipelineId+stageId]').equals([pipelineId, stageId]).toArray();
      const result = removeStage(pipeline, stageId, moveTo ?? null, deals.length);
      if (!result.ok) throw new RpcError('invalid-input', result.message);
      const removed = pipeline.stages.find((s) => s.id === stageId);
      if (removed && result.moveTo) {
        const now = ctx.now();
        // The destination must accept every deal moved there (its entry rules), or nothing moves.
        const settings = await readSettings(ctx);
        const activities = await Promise.all(
          deals.map((d) =>
            ctx.db.activities.where('[dealId+at]').between([d.id, -Infinity], [d.id, Infinity]).toArray(),
          ),
        );
        const byDeal = new Map(deals.map((d, i) => [d.id, activities[i] ?? []]));
        const check = checkRelocation(pipeline, stageId, result.moveTo, deals, (d) => ({
          settings,
          activities: byDeal.get(d.id) ?? [],
          now,
        }));
        if (!check.ok) throw new RpcError('invalid-input', check.message);
        const moved = relocateDeals(deals, removed, result.moveTo, { newId: ctx.newId }, now);
        await ctx.db.deals.bulkPut(moved.deals);
        await ctx.db.stageHistory.bulkAdd(moved.history);
      }
      const saved = await saveEdit(ctx, { ok: true, pipeline: result.pipeline });
      return { pipeline: saved, moved: deals.length };
    });
  },

  async 'pipelines.reorderStages'({ pipelineId, orderedIds }, ctx) {
    return editPipeline(ctx, pipelineId, (p) => reorderStages(p, orderedIds));
  },
};
