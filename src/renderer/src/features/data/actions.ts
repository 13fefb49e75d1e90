import type { InputOf } from '../../../../shared/rpc/contract';
import { clearBoardSnapshot } from '../../state/boardSnapshot';
import { platform } from '../../state/session';
import { crmExportFolderName, exportFileName } from '../../ui/fileNames';
import { CRM_EXPORTS, type CrmExportId } from '../../../../shared/export/crm';
import { dealRowsToCsv } from './exportCsv';

/** Data actions: the only place this feature talks to the store and the platform. */

export function existingDealKeys() {
  return platform().store.call('import.existingKeys', {});
}

/** Keep the wizard's column mapping under a name, for the next file with the same columns. */
export function saveImportTemplate(template: InputOf<'settings.saveImportTemplate'>['template']) {
  return platform().store.call('settings.saveImportTemplate', { template });
}

export function commitImport(input: InputOf<'import.commit'>) {
  return platform().store.call('import.commit', input);
}

function saveText(suggestedName: string, content: string, kind: 'csv' | 'json') {
  return platform().saveFile({
    suggestedName,
    content,
    filters:
      kind === 'csv'
        ? [{ name: 'CSV', extensions: ['csv'] }]
        : [{ name: 'Fieldline backup', extensions: ['json'] }],
    mimeType: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
  });
}

export function saveRejects(csv: string) {
  return saveText(exportFileName('rejects', Date.now()), csv, 'csv');
}

/** The deals of a pipeline as a formula-safe CSV file. */
export async function exportDealsCsv(pipelineId: string | null) {
  const { rows } = await platform().store.call('deals.exportRows', pipelineId ? { pipelineId } : {});
  const result = await saveText(exportFileName('deals', Date.now()), dealRowsToCsv(rows), 'csv');
  return { ...result, count: rows.length };
}

/**
 * Everything as the CSV files another CRM's importer maps by default (deals, contacts,
 * companies), written together: into a new folder (desktop) or as downloads (browser).
 */
export async function exportForCrm(crm: CrmExportId) {
  const data = await platform().store.call('crmExport.data', {});
  const files = CRM_EXPORTS[crm].files(data).map((f) => ({ name: f.name, content: f.csv }));
  const folderName = crmExportFolderName(CRM_EXPORTS[crm].label, Date.now());
  const result = await platform().saveFiles({ folderName, files });
  return { ...result, names: files.map((f) => f.name), deals: data.deals.length };
}

/** Everything, as the versioned JSON backup file. */
export async function exportBackup() {
  const backup = await platform().store.call('backup.export', {});
  const result = await saveText(exportFileName('backup', backup.exportedAt), JSON.stringify(backup), 'json');
  return { ...result, counts: backup.counts };
}

/** Replace all data with a backup file's text (validated and staged by the store first). */
export function restoreBackupText(text: string) {
  clearBoardSnapshot(); // it pictured the data being replaced
  return platform().store.call('backup.restore', { text });
}
