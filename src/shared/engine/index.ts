// Fieldline's stage engine: pure TypeScript, inputs in, decisions out.
export { createDefaultPipeline } from './defaults/stages';
export { defaultSettings, goalsOf, wonReasonsOf } from './defaults/settings';
export { messageTemplatesOf, STAGE_KIND_NAMES } from './defaults/messageTemplates';
export { defaultHandoffTemplate, HANDOFF_KEYS } from './defaults/handoffTemplate';

export { BANT_LABELS, CHAMP_LABELS, QUAL_STATE_LABELS, bantMissing, champMissing } from './qualification';

export { scoreLead, scoreOf, formatScoreLine } from './score';
export { isRepTouch, lastTouchAt } from './signals';

export { GATE_LABELS, stageRequirements } from './gates';
export type { FixAction } from './gates';
export { applyTransition } from './transitions';
export { dealActions, type DealAction } from './dealActions';
export type { Decision } from './decision';

export { suggestNext } from './suggestions';
export type { Suggestion } from './suggestions';
export { isStale, nextStepAt, isHandoffDone } from './stale';
export type { NextStep } from './stale';
export { signalFollowUp, freshLeadClock, bucketFollowUp, snoozeUntil } from './followups';
export type { ProposedFollowUp, FollowUpBucket, SnoozeOption } from './followups';
export { HOUR_MS, DAY_MS, localIsoDate } from './time';

export { weightedValue, forecastByMonth } from './forecast';
// The pipeline editor's checks (./pipelineEdit) validate with the model's schemas: imported
// from there, so that code reaching the engine for its rules does not build them.
export { stageById, nextStage } from './pipelineQuery';
