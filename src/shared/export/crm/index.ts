import { hubspotFiles } from './hubspot';
import { pipedriveFiles } from './pipedrive';
import { salesforceFiles } from './salesforce';
import type { CrmExportData, CrmFile } from './table';

export type { CrmExportData, CrmFile } from './table';

export type CrmExportId = 'hubspot' | 'salesforce' | 'pipedrive';

/** "Export for …": each CRM's files, named and with the columns its importer maps by default. */
export const CRM_EXPORTS: Record<CrmExportId, { label: string; files(data: CrmExportData): CrmFile[] }> = {
  hubspot: { label: 'HubSpot', files: hubspotFiles },
  salesforce: { label: 'Salesforce', files: salesforceFiles },
  pipedrive: { label: 'Pipedrive', files: pipedriveFiles },
};
