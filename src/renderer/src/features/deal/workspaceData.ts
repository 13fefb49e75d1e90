import type { Deal, Pipeline, Settings, StageDef } from '../../../../shared/model';
import type { DealDetail } from '../../../../shared/rpc/views';
import type { DealPeek } from '../../state/dealPeek';

/** What every part of the workspace reads: the deal, its pipeline and stage, the settings, now. */
export interface WorkspaceData {
  detail: DealDetail;
  pipeline: Pipeline;
  stage: StageDef | undefined;
  settings: Settings;
  now: number;
}

/** What the header shows of a deal: a board card has all of it, so does the deal's record. */
export type HeaderDeal = Pick<
  Deal,
  'id' | 'title' | 'companyName' | 'stageId' | 'status' | 'value' | 'currency' | 'score' | 'source'
>;

/** The header's data: from the deal's own record once it is here, from the opener's card until then. */
export interface HeaderData {
  deal: HeaderDeal;
  pipeline: Pipeline;
  stage: StageDef | undefined;
}

/**
 * The header as soon as it can be shown: the deal's record (with its pipeline from the store,
 * or the card's when that is the same one), else the card the opener already held (`peek`),
 * else nothing yet (opened from the palette or a link: the header waits for the deal).
 */
export function headerData(
  deal: Deal | null | undefined,
  pipelines: readonly Pipeline[] | null | undefined,
  peek: DealPeek | null,
): HeaderData | null {
  const from = (d: HeaderDeal, pipeline: Pipeline | undefined): HeaderData | null =>
    pipeline ? { deal: d, pipeline, stage: pipeline.stages.find((s) => s.id === d.stageId) } : null;
  if (deal) {
    const known = peek?.pipeline.id === deal.pipelineId ? peek.pipeline : undefined;
    return from(deal, pipelines?.find((p) => p.id === deal.pipelineId) ?? known);
  }
  return peek ? from(peek.card, peek.pipeline) : null;
}
