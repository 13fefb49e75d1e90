import { hubspotFiles } from './hubspot';
import { pipedriveFiles } from './pipedrive';
import { salesforceFiles } from './salesforce';
import type { CrmExportData, CrmFile } from './table';

export type { CrmExportData } from './table';

export type CrmExportId = 'hubspot' | 'salesforce' | 'pipedrive';

interface CrmExport {
  label: string;
  files(data: CrmExportData): CrmFile[];
  /** What the rep does with the files in that CRM (its importer's order and what must exist first). */
  nextSteps: string;
}

/**
 * "Export for …": each CRM's files, named and with the columns its importer maps by default.
 * Stage values are the rep's own stage names; HubSpot and Salesforce accept only stages their
 * pipeline already has (closed deals use their own Closed Won / Closed Lost, which always exist).
 */
export const CRM_EXPORTS: Record<CrmExportId, CrmExport> = {
  hubspot: {
    label: 'HubSpot',
    files: hubspotFiles,
    nextSteps:
      'In HubSpot, import the companies and contacts first, then the deals; add your stage names to its Sales Pipeline before, or map them when it asks.',
  },
  salesforce: {
    label: 'Salesforce',
    files: salesforceFiles,
    nextSteps:
      'In Salesforce, import the accounts and contacts first (Data Import Wizard), then the opportunities (Data Loader); add your stage names to the Stage picklist before.',
  },
  pipedrive: {
    label: 'Pipedrive',
    files: pipedriveFiles,
    nextSteps: 'In Pipedrive, import the organizations and people first, then the deals.',
  },
};
