import type { Pipeline, Settings, StageDef } from '../../../../shared/model';
import type { DealDetail } from '../../../../shared/rpc/views';

/** What every part of the workspace reads: the deal, its pipeline and stage, the settings, now. */
export interface WorkspaceData {
  detail: DealDetail;
  pipeline: Pipeline;
  stage: StageDef | undefined;
  settings: Settings;
  now: number;
}
