/**
 * The import wizard's plan as one pure reducer: which step, the file and how it parsed, how
 * columns, stages and sources map, the review and the rep's duplicate choices, the result.
 * Mapping a stage or source column, or choosing another pipeline, proposes fresh value maps.
 */
import type {
  CrmPresetId,
  ExistingDeal,
  ImportCandidate,
  ImportField,
  ImportMapping,
  ImportReject,
} from '../../../../shared/domains/import';
import type { ImportResult } from '../../../../shared/domains/import/contract';
import type { ImportTemplate, LeadSource, Pipeline } from '../../../../shared/model';
import { applyTemplate } from '../../../../shared/domains/import/templates';
import { defaultStageMap } from '../../../../shared/domains/import';
import { defaultSourceMap, distinctValues, type DuplicateChoice } from './importPlan';
import type { ParsedFile } from './parseFile';

export type WizardStep = 'file' | 'preview' | 'mapping' | 'review' | 'done';

export interface Review {
  candidates: ImportCandidate[];
  rejects: ImportReject[];
  duplicates: Map<number, string>;
  existing: Map<string, ExistingDeal>;
}

export interface ImportPlan {
  step: WizardStep;
  file: { name: string; bytes: ArrayBuffer } | null;
  parsed: ParsedFile | null;
  preset: CrmPresetId | 'generic';
  mapping: ImportMapping;
  pipelineId: string;
  stageMap: Record<string, string>;
  defaultStageId: string;
  sourceMap: Record<string, LeadSource>;
  defaultSource: LeadSource;
  /** Rows with too few or too many fields are imported as they are (the rep's explicit choice). */
  keepRagged: boolean;
  /** Columns no field takes are kept in each deal's notes (on unless the rep turns it off). */
  keepUnmapped: boolean;
  /** A saved mapping made for a file with the same columns, offered when the file is read. */
  offer: ImportTemplate | null;
  /** The saved mapping the rep applied, by name. */
  applied: string | null;
  review: Review | null;
  choices: Map<number, DuplicateChoice>;
  result: ImportResult | null;
}

export type ImportPlanAction =
  | { type: 'go'; step: WizardStep }
  | { type: 'file'; file: { name: string; bytes: ArrayBuffer } }
  | {
      type: 'parsed';
      parsed: ParsedFile;
      preset: CrmPresetId | 'generic';
      mapping: ImportMapping;
      pipeline: Pipeline | null;
      offer: ImportTemplate | null;
    }
  | { type: 'applyTemplate'; template: ImportTemplate; pipeline: Pipeline | null }
  | { type: 'mapField'; field: ImportField; column: number | undefined; pipeline: Pipeline | null }
  | { type: 'pipeline'; pipeline: Pipeline | null; id: string }
  | { type: 'mapStage'; value: string; stageId: string }
  | { type: 'mapSource'; value: string; source: LeadSource }
  | { type: 'defaultStage'; stageId: string }
  | { type: 'defaultSource'; source: LeadSource }
  | { type: 'keepRagged'; keep: boolean }
  | { type: 'keepUnmapped'; keep: boolean }
  | { type: 'reviewed'; review: Review }
  | { type: 'choose'; row: number; choice: DuplicateChoice }
  | { type: 'chooseAll'; choice: DuplicateChoice }
  | { type: 'imported'; result: ImportResult };

export function initialImportPlan(pipelineId: string): ImportPlan {
  return {
    step: 'file',
    file: null,
    parsed: null,
    preset: 'generic',
    mapping: {},
    pipelineId,
    stageMap: {},
    defaultStageId: '',
    sourceMap: {},
    defaultSource: 'campaign',
    keepRagged: false,
    keepUnmapped: true,
    offer: null,
    applied: null,
    review: null,
    choices: new Map(),
    result: null,
  };
}

/** Fresh stage and source maps for the values the mapped columns hold. */
function withProposals(plan: ImportPlan, target: Pipeline | null): ImportPlan {
  const rows = plan.parsed?.rows ?? [];
  return {
    ...plan,
    stageMap: target
      ? defaultStageMap(distinctValues(rows, plan.mapping.stage).values, target)
      : plan.stageMap,
    defaultStageId: target?.stages[0]?.id ?? '',
    sourceMap: defaultSourceMap(distinctValues(rows, plan.mapping.source).values, plan.defaultSource),
  };
}

export function importPlanReducer(plan: ImportPlan, action: ImportPlanAction): ImportPlan {
  switch (action.type) {
    case 'go':
      return { ...plan, step: action.step };
    case 'file':
      return { ...plan, file: action.file };
    case 'parsed':
      return withProposals(
        {
          ...plan,
          parsed: action.parsed,
          preset: action.preset,
          mapping: action.mapping,
          offer: action.offer,
          applied: null,
          step: 'preview',
        },
        action.pipeline,
      );
    case 'applyTemplate': {
      if (!plan.parsed || !action.pipeline) return plan;
      const saved = applyTemplate(action.template, plan.parsed.headers, action.pipeline);
      const proposed = withProposals(
        { ...plan, mapping: saved.mapping, defaultSource: saved.defaultSource },
        action.pipeline,
      );
      return {
        ...proposed,
        stageMap: { ...proposed.stageMap, ...saved.stageMap },
        sourceMap: { ...proposed.sourceMap, ...saved.sourceMap },
        keepUnmapped: saved.keepUnmapped,
        applied: action.template.name,
      };
    }
    case 'mapField': {
      const mapping = { ...plan.mapping };
      if (action.column === undefined) delete mapping[action.field];
      else mapping[action.field] = action.column;
      const next = { ...plan, mapping };
      const proposes = (action.field === 'stage' || action.field === 'source') && plan.parsed;
      return proposes ? withProposals(next, action.pipeline) : next;
    }
    case 'pipeline': {
      const next = { ...plan, pipelineId: action.id };
      return plan.parsed ? withProposals(next, action.pipeline) : next;
    }
    case 'mapStage':
      return { ...plan, stageMap: { ...plan.stageMap, [action.value]: action.stageId } };
    case 'mapSource':
      return { ...plan, sourceMap: { ...plan.sourceMap, [action.value]: action.source } };
    case 'defaultStage':
      return { ...plan, defaultStageId: action.stageId };
    case 'defaultSource':
      return { ...plan, defaultSource: action.source };
    case 'keepRagged':
      return { ...plan, keepRagged: action.keep };
    case 'keepUnmapped':
      return { ...plan, keepUnmapped: action.keep };
    case 'reviewed':
      return { ...plan, review: action.review, choices: new Map(), step: 'review' };
    case 'choose':
      return { ...plan, choices: new Map(plan.choices).set(action.row, action.choice) };
    case 'chooseAll':
      return plan.review
        ? { ...plan, choices: new Map([...plan.review.duplicates.keys()].map((row) => [row, action.choice])) }
        : plan;
    case 'imported':
      return { ...plan, result: action.result, step: 'done' };
  }
}
