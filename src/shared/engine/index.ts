export { createDefaultPipeline, DEFAULT_STAGE_SPECS } from './defaults/stages';
export { STAGE_GUIDANCE } from './defaults/stageGuidance';
export {
  defaultSettings,
  defaultScoring,
  DEFAULT_MQL_QUESTIONS,
  DEFAULT_LOST_REASONS,
  DEFAULT_DISQUALIFY_REASONS,
} from './defaults/settings';
export { defaultHandoffTemplate, HANDOFF_KEYS } from './defaults/handoffTemplate';
export type { HandoffKey } from './defaults/handoffTemplate';
