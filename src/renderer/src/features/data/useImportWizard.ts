import { useReducer, useState } from 'react';
import { errorText } from '../../../../shared/errorText';
import {
  checkImportSize,
  CRM_PRESETS,
  findDuplicates,
  notesWithUnmapped,
  unmappedColumns,
  type ImportCandidate,
  guessMapping,
  matchingTemplate,
  templateOf,
  type CsvDelimiter,
  type CsvEncoding,
  type ImportField,
} from '../../../../shared/domains/import';
import { useLiveQuery } from '../../state/liveQuery';
import type { LeadSource, Pipeline } from '../../../../shared/model';
import { commitImport, existingDealKeys, saveImportTemplate } from './actions';
import { importPlanReducer, initialImportPlan, type ImportPlan, type WizardStep } from './importPlan.state';
import { buildDecisions, type DuplicateChoice } from './importPlan';
import { mapRowsInChunks } from './mapInChunks';
import { parseInBackground, type ParsedFile } from './parseFile';

export interface Progress {
  label: string;
  done?: number;
  total?: number;
}

/** A long step (parse, check, import) runs with a progress line and ends with its error or none. */
function useTask() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run(label: string, work: (report: (p: Progress) => void) => Promise<void>, failure = '') {
    setError(null);
    setProgress({ label });
    try {
      await work(setProgress);
    } catch (e) {
      setError(`${failure}${errorText(e)}`);
    } finally {
      setProgress(null);
    }
  }
  return { progress, error, setError, run };
}

/**
 * The import wizard: its plan (a pure reducer, importPlan.state.ts), the long steps that feed
 * it, and the actions the step components call. The step components only render it.
 */
export function useImportWizard(pipelines: Pipeline[], initialPipelineId: string | null) {
  const [plan, dispatch] = useReducer(
    importPlanReducer,
    initialImportPlan(initialPipelineId ?? pipelines[0]?.id ?? ''),
  );
  const task = useTask();
  const templates = useLiveQuery('settings.get', {}).data?.importTemplates ?? [];
  const pipeline = pipelines.find((p) => p.id === plan.pipelineId) ?? pipelines[0] ?? null;

  const parse = (bytes: ArrayBuffer, overrides: { encoding?: CsvEncoding; delimiter?: CsvDelimiter }) =>
    task.run('Reading the file…', async (report) => {
      const parsed = await parseInBackground({ bytes, ...overrides }, (phase) =>
        report({ label: phase === 'decoding' ? 'Decoding the text…' : 'Splitting it into rows…' }),
      );
      const tooBig = checkImportSize(bytes.byteLength, parsed.rows.length);
      if (tooBig) throw new Error(tooBig);
      if (parsed.headers.length === 0) throw new Error('The file is empty: there is no header row.');
      const guess = guessMapping(parsed.headers);
      const offer = matchingTemplate(templates, parsed.headers);
      dispatch({ type: 'parsed', parsed, preset: guess.preset, mapping: guess.mapping, pipeline, offer });
    });

  const actions = {
    goTo: (step: WizardStep) => dispatch({ type: 'go', step }),
    /** Size is checked before a single byte is read. */
    async chooseFile(chosen: File) {
      const tooBig = checkImportSize(chosen.size);
      if (tooBig) return task.setError(tooBig);
      const bytes = await chosen.arrayBuffer();
      dispatch({ type: 'file', file: { name: chosen.name, bytes } });
      await parse(bytes, {});
    },
    reparse(overrides: { encoding?: CsvEncoding; delimiter?: CsvDelimiter }) {
      if (!plan.file || !plan.parsed) return;
      const { encoding, delimiter } = plan.parsed;
      void parse(plan.file.bytes, { encoding, delimiter, ...overrides });
    },
    mapField: (field: ImportField, column: number | undefined) =>
      dispatch({ type: 'mapField', field, column, pipeline }),
    choosePipeline: (id: string) =>
      dispatch({ type: 'pipeline', id, pipeline: pipelines.find((p) => p.id === id) ?? null }),
    mapStage: (value: string, stageId: string) => dispatch({ type: 'mapStage', value, stageId }),
    mapSource: (value: string, source: LeadSource) => dispatch({ type: 'mapSource', value, source }),
    setDefaultStage: (stageId: string) => dispatch({ type: 'defaultStage', stageId }),
    setDefaultSource: (source: LeadSource) => dispatch({ type: 'defaultSource', source }),
    keepRagged: (keep: boolean) => dispatch({ type: 'keepRagged', keep }),
    keepUnmapped: (keep: boolean) => dispatch({ type: 'keepUnmapped', keep }),
    /** Use the saved mapping offered for this file's columns. */
    applyOffer: () => plan.offer && dispatch({ type: 'applyTemplate', template: plan.offer, pipeline }),
    /** Save the current mapping under a name (the store refuses a blank one with the reason). */
    saveTemplate(name: string) {
      const { parsed } = plan;
      if (!parsed || !pipeline) return Promise.resolve(null);
      const choices = { ...plan, headers: parsed.headers, pipelineId: pipeline.id };
      return saveImportTemplate(templateOf(name, choices, Date.now()));
    },
    /** Validate every row (in slices, with progress) and look for duplicates. */
    async check() {
      const { parsed, mapping, stageMap, sourceMap, defaultStageId, defaultSource, keepRagged } = plan;
      if (!parsed || !pipeline) return;
      await task.run('Checking rows…', async (report) => {
        const mapped = await mapRowsInChunks(
          parsed.rows,
          parsed.rowNumbers,
          mapping,
          {
            stageMap,
            sourceMap,
            defaultStageId: defaultStageId || pipeline.stages[0]!.id,
            closedStageId: pipeline.stages.find((s) => s.kind === 'closed')?.id ?? pipeline.stages.at(-1)!.id,
            defaultSource,
            ragged: parsed.errors.filter((e) => e.ragged),
            keepRagged,
          },
          (done, total) => report({ label: 'Checking rows…', done, total }),
        );
        report({ label: 'Looking for deals you already have…' });
        const keys = await existingDealKeys();
        const review = {
          ...mapped,
          duplicates: findDuplicates(mapped.candidates, keys),
          existing: new Map(keys.map((k) => [k.id, k])),
        };
        dispatch({ type: 'reviewed', review });
      });
    },
    choose: (row: number, choice: DuplicateChoice) => dispatch({ type: 'choose', row, choice }),
    chooseAll: (choice: DuplicateChoice) => dispatch({ type: 'chooseAll', choice }),
    /** One store command, one transaction: it all imports or nothing changes. */
    async commit() {
      const { review, choices, parsed } = plan;
      if (!review || !pipeline || !parsed) return;
      await task.run(
        `Importing ${review.candidates.length.toLocaleString()} rows…`,
        async () => {
          const decisions = buildDecisions(review.candidates, review.duplicates, choices);
          const candidates = plan.keepUnmapped ? keepUnmappedInNotes(plan, parsed) : review.candidates;
          const result = await commitImport({
            pipelineId: pipeline.id,
            candidates,
            decisions,
          });
          dispatch({ type: 'imported', result });
        },
        'Nothing was imported: ',
      );
    },
  };

  return { plan, pipelines, pipeline, progress: task.progress, error: task.error, actions };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;

/** The review's candidates with each row's unmapped values kept in its notes. */
function keepUnmappedInNotes(plan: ImportPlan, parsed: ParsedFile): ImportCandidate[] {
  const columns = unmappedColumns(parsed.headers, parsed.rows, plan.mapping);
  const byRow = new Map(parsed.rowNumbers.map((row, i) => [row, parsed.rows[i]]));
  const source = plan.preset === 'generic' ? 'CSV' : CRM_PRESETS[plan.preset].label;
  return (plan.review?.candidates ?? []).map((c) => ({
    ...c,
    notes: notesWithUnmapped(c.notes, byRow.get(c.row), columns, source),
  }));
}
