import { z } from 'zod';
import {
  Duration,
  GateId,
  Id,
  QualFramework,
  ShortText,
  StageGuidance,
  StageKind,
  type Pipeline,
} from '../../model';
import { command, query } from '../../rpc/define';

/** Editing a pipeline's own document. */
const EDIT = { writes: ['pipelines'] } as const;

/** The stage fields a rep edits in settings (the id never changes). */
export const StagePatchInput = z
  .object({
    name: ShortText.trim().min(1, 'a stage needs a name'),
    kind: StageKind,
    probability: z.number().min(0).max(1),
    staleAfter: Duration,
    cadence: Duration,
    gates: z.array(GateId).max(20),
    guidance: StageGuidance,
  })
  .partial()
  .strict();

const PipelineName = ShortText.trim().min(1, 'a pipeline needs a name');

export const pipelineMethods = {
  /** Every pipeline, in the rep's order. */
  'pipelines.list': query(z.object({}), ['pipelines']).returns<Pipeline[]>(),
  /** A new pipeline from the default seven-stage template, or a copy of `copyOf`. */
  'pipelines.create': command(
    z.object({ name: PipelineName, copyOf: Id.optional() }),
    EDIT,
  ).returns<Pipeline>(),
  'pipelines.rename': command(z.object({ pipelineId: Id, name: PipelineName }), EDIT).returns<Pipeline>(),
  /** The MQL qualification framework of the pipeline: BANT, CHAMP, or either. */
  'pipelines.setQualification': command(
    z.object({ pipelineId: Id, qualification: QualFramework }),
    EDIT,
  ).returns<Pipeline>(),
  'pipelines.updateStage': command(
    z.object({ pipelineId: Id, stageId: Id, patch: StagePatchInput }),
    EDIT,
  ).returns<Pipeline>(),
  'pipelines.addStage': command(
    z.object({
      pipelineId: Id,
      atIndex: z.number().int().min(0).max(100),
      stage: StagePatchInput.extend({ name: PipelineName }),
    }),
    EDIT,
  ).returns<Pipeline>(),
  /** Remove a stage; when it holds deals, `moveTo` names the stage they move to (same transaction). */
  'pipelines.removeStage': command(z.object({ pipelineId: Id, stageId: Id, moveTo: Id.optional() }), {
    writes: ['pipelines', 'deals', 'stageHistory'],
    reads: ['activities', 'settings'],
  }).returns<{
    pipeline: Pipeline;
    moved: number;
  }>(),
  'pipelines.reorderStages': command(
    z.object({ pipelineId: Id, orderedIds: z.array(Id).min(1).max(30) }),
    EDIT,
  ).returns<Pipeline>(),
};
