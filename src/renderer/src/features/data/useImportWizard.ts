import { errorText } from '../../../../shared/errorText';
import { useState } from 'react';
import {
  checkImportSize,
  findDuplicates,
  guessMapping,
  type CrmPresetId,
  type CsvDelimiter,
  type CsvEncoding,
  type ImportCandidate,
  type ImportField,
  type ImportMapping,
  type ImportReject,
} from '../../../../shared/domains/import';
import type { LeadSource, Pipeline } from '../../../../shared/model';
import type { ImportResult } from '../../../../shared/domains/import/contract';
import type { ExistingDeal } from '../../../../shared/domains/import';
import { commitImport, existingDealKeys } from './actions';
import {
  buildDecisions,
  defaultSourceMap,
  defaultStageMap,
  distinctValues,
  type DuplicateChoice,
} from './importPlan';
import { mapRowsInChunks } from './mapInChunks';
import { parseInBackground, type ParsedFile } from './parseFile';

export type WizardStep = 'file' | 'preview' | 'mapping' | 'review' | 'done';

export interface Review {
  candidates: ImportCandidate[];
  rejects: ImportReject[];
  duplicates: Map<number, string>;
  existing: Map<string, ExistingDeal>;
}

export interface Progress {
  label: string;
  done?: number;
  total?: number;
}

const message = (error: unknown) => errorText(error);

/** The import wizard's state and steps; the step components only render it. */
export function useImportWizard(pipelines: Pipeline[], initialPipelineId: string | null) {
  const [step, setStep] = useState<WizardStep>('file');
  const [file, setFile] = useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [parsed, setParsed] = useState<ParsedFile | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preset, setPreset] = useState<CrmPresetId | 'generic'>('generic');
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [pipelineId, setPipelineId] = useState(initialPipelineId ?? pipelines[0]?.id ?? '');
  const [stageMap, setStageMap] = useState<Record<string, string>>({});
  const [defaultStageId, setDefaultStageId] = useState('');
  const [sourceMap, setSourceMap] = useState<Record<string, LeadSource>>({});
  const [defaultSource, setDefaultSource] = useState<LeadSource>('campaign');
  const [review, setReview] = useState<Review | null>(null);
  const [choices, setChoices] = useState<Map<number, DuplicateChoice>>(new Map());
  const [result, setResult] = useState<ImportResult | null>(null);

  const pipeline = pipelines.find((p) => p.id === pipelineId) ?? pipelines[0] ?? null;

  function proposeMaps(rows: string[][], next: ImportMapping, target: Pipeline | null, fallback: LeadSource) {
    if (target) setStageMap(defaultStageMap(distinctValues(rows, next.stage).values, target));
    setDefaultStageId(target?.stages[0]?.id ?? '');
    setSourceMap(defaultSourceMap(distinctValues(rows, next.source).values, fallback));
  }

  async function parse(bytes: ArrayBuffer, overrides: { encoding?: CsvEncoding; delimiter?: CsvDelimiter }) {
    setError(null);
    setProgress({ label: 'Reading the file…' });
    try {
      const result = await parseInBackground({ bytes, ...overrides }, (phase) =>
        setProgress({ label: phase === 'decoding' ? 'Decoding the text…' : 'Splitting it into rows…' }),
      );
      const tooBig = checkImportSize(bytes.byteLength, result.rows.length);
      if (tooBig) throw new Error(tooBig);
      if (result.headers.length === 0) throw new Error('The file is empty: there is no header row.');
      const guess = guessMapping(result.headers);
      setParsed(result);
      setPreset(guess.preset);
      setMapping(guess.mapping);
      proposeMaps(result.rows, guess.mapping, pipeline, defaultSource);
      setStep('preview');
    } catch (e) {
      setError(message(e));
    } finally {
      setProgress(null);
    }
  }

  return {
    pipelines,
    step,
    file,
    parsed,
    progress,
    error,
    preset,
    mapping,
    pipeline,
    pipelineId,
    stageMap,
    defaultStageId,
    sourceMap,
    defaultSource,
    review,
    choices,
    result,
    setStep,
    setError,
    /** Size is checked before a single byte is read. */
    async chooseFile(chosen: File) {
      const tooBig = checkImportSize(chosen.size);
      if (tooBig) return setError(tooBig);
      const bytes = await chosen.arrayBuffer();
      setFile({ name: chosen.name, bytes });
      await parse(bytes, {});
    },
    reparse(overrides: { encoding?: CsvEncoding; delimiter?: CsvDelimiter }) {
      if (!file || !parsed) return;
      void parse(file.bytes, { encoding: parsed.encoding, delimiter: parsed.delimiter, ...overrides });
    },
    mapField(field: ImportField, column: number | undefined) {
      const next = { ...mapping };
      if (column === undefined) delete next[field];
      else next[field] = column;
      setMapping(next);
      if ((field === 'stage' || field === 'source') && parsed)
        proposeMaps(parsed.rows, next, pipeline, defaultSource);
    },
    choosePipeline(id: string) {
      setPipelineId(id);
      const target = pipelines.find((p) => p.id === id) ?? null;
      if (parsed) proposeMaps(parsed.rows, mapping, target, defaultSource);
    },
    mapStage: (value: string, stageId: string) => setStageMap((m) => ({ ...m, [value]: stageId })),
    mapSource: (value: string, source: LeadSource) => setSourceMap((m) => ({ ...m, [value]: source })),
    setDefaultStageId,
    setDefaultSource,
    /** Validate every row (in slices, with progress) and look for duplicates. */
    async check() {
      if (!parsed || !pipeline) return;
      setError(null);
      try {
        const mapped = await mapRowsInChunks(
          parsed.rows,
          parsed.rowNumbers,
          mapping,
          { stageMap, sourceMap, defaultStageId: defaultStageId || pipeline.stages[0]!.id, defaultSource },
          (done, total) => setProgress({ label: 'Checking rows…', done, total }),
        );
        setProgress({ label: 'Looking for deals you already have…' });
        const keys = await existingDealKeys();
        setReview({
          ...mapped,
          duplicates: findDuplicates(mapped.candidates, keys),
          existing: new Map(keys.map((k) => [k.id, k])),
        });
        setChoices(new Map());
        setStep('review');
      } catch (e) {
        setError(message(e));
      } finally {
        setProgress(null);
      }
    },
    choose: (row: number, choice: DuplicateChoice) => setChoices((m) => new Map(m).set(row, choice)),
    chooseAll(choice: DuplicateChoice) {
      if (review) setChoices(new Map([...review.duplicates.keys()].map((row) => [row, choice])));
    },
    /** One store command, one transaction: it all imports or nothing changes. */
    async commit() {
      if (!review || !pipeline) return;
      setError(null);
      setProgress({ label: `Importing ${review.candidates.length.toLocaleString()} rows…` });
      try {
        const decisions = buildDecisions(review.candidates, review.duplicates, choices);
        setResult(await commitImport({ pipelineId: pipeline.id, candidates: review.candidates, decisions }));
        setStep('done');
      } catch (e) {
        setError(`Nothing was imported: ${message(e)}`);
      } finally {
        setProgress(null);
      }
    },
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
