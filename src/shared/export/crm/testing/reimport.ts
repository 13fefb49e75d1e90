/** Test helper: one file of an export, read back by Fieldline's own import as the wizard does. */
import { decodeCsvBytes, defaultStageMap, guessMapping, mapRows, parseCsv } from '../../../domains/import';
import { CRM_EXPORTS, type CrmExportId } from '../index';
import type { CrmExportData } from '../table';
import { closedStage, pipeline } from './book';

/** The export's file `index` (0 = deals, 1 = contacts), decoded, mapped with the guessed preset. */
export function reimport(crm: CrmExportId, data: CrmExportData, index = 0) {
  const file = CRM_EXPORTS[crm].files(data)[index]!;
  const parsed = parseCsv(decodeCsvBytes(new TextEncoder().encode(file.csv)).text);
  const guess = guessMapping(parsed.headers);
  const stageValues = parsed.rows.map((r) => r[guess.mapping.stage ?? -1] ?? '');
  const mapped = mapRows(parsed.rows, guess.mapping, {
    stageMap: defaultStageMap([...new Set(stageValues)], pipeline),
    sourceMap: {},
    defaultStageId: pipeline.stages[0]!.id,
    closedStageId: closedStage.id,
    defaultSource: 'campaign',
    rowNumbers: parsed.rowNumbers,
  });
  return { guess, ...mapped };
}
