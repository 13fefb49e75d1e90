import { z } from 'zod';
import { query } from '../../rpc/define';
import type { CrmExportData } from '../../export/crm';

export const crmExportMethods = {
  /** Everything "Export for HubSpot / Salesforce / Pipedrive" writes, read in one transaction. */
  'crmExport.data': query(z.object({}), [
    'pipelines',
    'deals',
    'contacts',
    'companies',
    'settings',
  ]).returns<CrmExportData>(),
};
