import type { Pipeline, StageDef, StageKind } from '../model';

export function stageById(pipeline: Pipeline, stageId: string): StageDef | undefined {
  return pipeline.stages.find((s) => s.id === stageId);
}

/** Index of the stage in the pipeline, or -1. */
export function stageIndex(pipeline: Pipeline, stageId: string): number {
  return pipeline.stages.findIndex((s) => s.id === stageId);
}

/** The first stage of a kind (a pipeline normally has at most one of each default kind). */
export function stageOfKind(pipeline: Pipeline, kind: StageKind): StageDef | undefined {
  return pipeline.stages.find((s) => s.kind === kind);
}

export function indexOfKind(pipeline: Pipeline, kind: StageKind): number {
  return pipeline.stages.findIndex((s) => s.kind === kind);
}

/** The stage after `stageId`, if any. */
export function nextStage(pipeline: Pipeline, stageId: string): StageDef | undefined {
  const i = stageIndex(pipeline, stageId);
  return i < 0 ? undefined : pipeline.stages[i + 1];
}
