/**
 * Files Pipedrive's importer maps by default (Tools → Import data, spreadsheet): the
 * "Object - Field" names of its own exports. Deals: Deal - Title, Deal - Value, Deal -
 * Currency, Deal - Organization, Deal - Contact person, Deal - Stage, Deal - Status
 * (open / won / lost), Deal - Lost reason, Deal - Expected close date, Deal - Deal closed on,
 * Person - Email, Person - Phone, Person - Job title (the deal's contact person), Deal -
 * Source (a "Source" deal field; Pipedrive's own Source channel has a fixed list of options,
 * which Fieldline's lead sources are not), Note - Content. People: Person - Name, Person - Email, Person - Phone, Person - Job title, Person -
 * Organization. Organizations: Organization - Name, Organization - Industry, Organization -
 * Number of employees, Organization - Annual revenue.
 */
import { crmFiles, type Column, type CrmExportData, type CrmFile, type ExportDeal } from './table';

const statusOf = (d: ExportDeal) =>
  d.deal.status === 'open' ? 'open' : d.deal.status === 'won' ? 'won' : 'lost';
const primary = (d: ExportDeal) => d.people[0];

const DEAL_COLUMNS: Column<ExportDeal>[] = [
  ['Deal - Title', (d) => d.deal.title],
  ['Deal - Value', (d) => d.deal.value],
  ['Deal - Currency', (d) => d.currency],
  ['Deal - Organization', (d) => d.deal.companyName],
  ['Deal - Contact person', (d) => primary(d)?.name ?? ''],
  ['Person - Email', (d) => primary(d)?.email ?? ''],
  ['Person - Phone', (d) => primary(d)?.phone ?? ''],
  ['Person - Job title', (d) => primary(d)?.title ?? ''],
  ['Deal - Stage', (d) => d.stageName],
  ['Deal - Status', statusOf],
  ['Deal - Lost reason', (d) => d.lostReason],
  ['Deal - Expected close date', (d) => d.deal.expectedClose ?? ''],
  ['Deal - Deal closed on', (d) => (d.deal.outcome?.kind === 'won' ? d.deal.outcome.signedDate : '')],
  ['Deal - Source', (d) => d.source],
  ['Note - Content', (d) => d.deal.notes],
];

export function pipedriveFiles(data: CrmExportData): CrmFile[] {
  return crmFiles(data, {
    files: {
      deals: 'pipedrive-deals.csv',
      contacts: 'pipedrive-people.csv',
      companies: 'pipedrive-organizations.csv',
    },
    deals: DEAL_COLUMNS,
    contacts: ({ companyOf }) => [
      ['Person - Name', (c) => c.name],
      ['Person - Email', (c) => c.email],
      ['Person - Phone', (c) => c.phone],
      ['Person - Job title', (c) => c.title],
      ['Person - Organization', companyOf],
    ],
    companies: [
      'Organization - Name',
      'Organization - Industry',
      'Organization - Number of employees',
      'Organization - Annual revenue',
    ],
  });
}
