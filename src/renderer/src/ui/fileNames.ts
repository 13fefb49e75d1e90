import { format } from 'date-fns';

/** The folder an export for another CRM is saved in: `Fieldline for HubSpot 2025-06-01`. */
export function crmExportFolderName(crm: string, now: number): string {
  return `Fieldline for ${crm} ${format(new Date(now), 'yyyy-MM-dd')}`;
}

/** `fieldline-deals-2025-06-01.csv` */
export function exportFileName(kind: 'deals' | 'backup' | 'readable' | 'rejects', now: number): string {
  const day = format(new Date(now), 'yyyy-MM-dd');
  if (kind === 'deals') return `fieldline-deals-${day}.csv`;
  if (kind === 'rejects') return `fieldline-import-rejects-${day}.csv`;
  if (kind === 'readable') return `fieldline-recovered-${day}.json`;
  return `fieldline-backup-${day}.json`;
}
