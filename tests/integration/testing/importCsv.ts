/** Test helper: a CSV file imported through the store as the import wizard does it. */
import { defaultStageMap } from '../../../src/shared/domains/import';
import type { RpcClient } from '../../../src/shared/rpc/client';
import {
  decodeCsvBytes,
  findDuplicates,
  guessMapping,
  mapRows,
  parseCsv,
  unmappedColumns,
} from '../../../src/shared/domains/import';
import {
  buildDecisions,
  defaultSourceMap,
  distinctValues,
} from '../../../src/renderer/src/features/data/importPlan';
import type { Pipeline } from '../../../src/shared/model';

export const stageOf = (p: Pipeline, kind: string) => p.stages.find((s) => s.kind === kind)!.id;

export interface ImportCsvOptions {
  /** The rep's own stage choices for values the CRM does not define. */
  choose?: (p: Pipeline) => Record<string, string>;
  /** The rep chose "add" for every row that looks like a duplicate (default: skip them). */
  addDuplicates?: boolean;
}

/** Decode, parse, guess, propose (plus the rep's choices), map and commit into the first pipeline. */
export async function importCsv(client: RpcClient, bytes: Uint8Array, options: ImportCsvOptions = {}) {
  const [pipeline] = await client.call('pipelines.list', {});
  const decoded = decodeCsvBytes(bytes);
  const parsed = parseCsv(decoded.text);
  const guess = guessMapping(parsed.headers);
  const stageMap = {
    ...defaultStageMap(distinctValues(parsed.rows, guess.mapping.stage).values, pipeline!),
    ...options.choose?.(pipeline!),
  };
  const mapped = mapRows(parsed.rows, guess.mapping, {
    stageMap,
    sourceMap: defaultSourceMap(distinctValues(parsed.rows, guess.mapping.source).values, 'campaign'),
    defaultStageId: pipeline!.stages[0]!.id,
    closedStageId: stageOf(pipeline!, 'closed'),
    defaultSource: 'campaign',
    rowNumbers: parsed.rowNumbers,
  });
  const duplicates = findDuplicates(mapped.candidates, await client.call('import.existingKeys', {}));
  await client.call('import.commit', {
    pipelineId: pipeline!.id,
    candidates: mapped.candidates,
    decisions: options.addDuplicates
      ? mapped.candidates.map(() => 'add' as const)
      : buildDecisions(mapped.candidates, duplicates, new Map()),
  });
  const unmapped = unmappedColumns(parsed.headers, parsed.rows, guess.mapping).map((c) => c.header);
  return { pipeline: pipeline!, decoded, guess, rejects: mapped.rejects, unmapped };
}
