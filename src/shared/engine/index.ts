// Fieldline's stage engine: pure TypeScript, inputs in, decisions out.
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

export {
  BANT_LABELS,
  CHAMP_LABELS,
  QUAL_STATE_LABELS,
  bantMissing,
  champMissing,
  isBantComplete,
  isChampComplete,
  mqlUnanswered,
  isMqlQuestionSetSatisfied,
  meetsMqlDefinition,
  lacksBudgetNeedOrTimeframe,
  lacksQualification,
  frameworkOf,
  completeFramework,
} from './qualification';
export type { MissingItem } from './qualification';

export { scoreLead, formatScoreLine, decayedPoints, MAX_SIGNALS_PER_KIND } from './score';
export type { ScoreLine, LeadScore } from './score';
export {
  hasPurchaseIntent,
  latestPurchaseIntent,
  activitySignal,
  PURCHASE_INTENT_SIGNALS,
  isRepTouch,
  lastTouchAt,
} from './signals';

export { GATE_LABELS, HARD_GATES, isCompleteWon, stageRequirements, meetsStageGates } from './gates';
export type { Requirement, FixAction } from './gates';
export { decideTransition, applyTransition } from './transitions';
export type { ApplyResult } from './transitions';
export type { Decision, TransitionContext, TransitionKind, TransitionRequest } from './decision';

export { suggestNext } from './suggestions';
export type { Suggestion, SuggestionAction, SuggestionKind, SuggestInput } from './suggestions';
export { isStale, isPlannedStep, canGoStale, nextStepAt, isHandoffDone } from './stale';
export type { StaleState, NextStep } from './stale';
export { proposeFollowUp, signalFollowUp, freshLeadClock, bucketFollowUp, snoozeUntil } from './followups';
export type { ProposedFollowUp, FreshLeadClock, FollowUpBucket, SnoozeOption } from './followups';
export { durationMs, formatDurationSetting, formatElapsed, formatAgo, HOUR_MS, DAY_MS } from './time';

export { weightedValue, dealProbability, forecastByMonth } from './forecast';
export type { ForecastMonth } from './forecast';
export {
  renameStage,
  addStage,
  removeStage,
  reorderStages,
  updateStage,
  validatePipeline,
  relocateDeals,
  relocationProblem,
  checkRelocation,
} from './pipelineEdit';
export type { EditResult, StagePatch } from './pipelineEdit';
export { stageById, stageIndex, stageOfKind, nextStage } from './pipelineQuery';
