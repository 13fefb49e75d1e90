/**
 * Files HubSpot's importer maps by default (Contacts → Import, one file per object): the
 * column names are the labels of HubSpot's default properties, as its own exports write them.
 * Deals: Deal Name, Pipeline, Deal Stage, Amount, Currency (deal_currency_code), Close Date,
 * Closed Lost Reason, Closed Won Reason, Deal Description, Associated Company, Associated
 * Contact ("Name (e-mail); …", as HubSpot's deal export writes associations). Lead Source: no
 * default deal property takes it (HubSpot sets its Original Source Type itself), so the
 * importer offers it as a new property rather than dropping it silently.
 * Contacts: First Name, Last Name, Email, Phone Number, Job Title, Company Name.
 * Companies: Company name, Industry, Number of Employees, Annual Revenue.
 */
import type { Contact } from '../../model';
import { crmFiles, splitName, type Column, type CrmExportData, type CrmFile, type ExportDeal } from './table';

const stageOf = (d: ExportDeal) =>
  d.deal.status === 'won' ? 'Closed Won' : d.deal.status === 'open' ? d.stageName : 'Closed Lost';

/** "Name (email)" as HubSpot lists associated contacts; a contact without e-mail is its name. */
const associated = (people: readonly Contact[]) =>
  people.map((p) => (p.email ? `${p.name} (${p.email})` : p.name)).join('; ');

const DEAL_COLUMNS: Column<ExportDeal>[] = [
  ['Deal Name', (d) => d.deal.title],
  ['Pipeline', () => 'Sales Pipeline'],
  ['Deal Stage', stageOf],
  ['Amount', (d) => d.deal.value],
  ['Currency', (d) => d.currency],
  ['Close Date', (d) => d.closeDate],
  ['Closed Lost Reason', (d) => d.lostReason],
  ['Closed Won Reason', (d) => (d.deal.outcome?.kind === 'won' ? (d.deal.outcome.reason ?? '') : '')],
  ['Deal Description', (d) => d.deal.notes],
  ['Lead Source', (d) => d.source],
  ['Associated Company', (d) => d.deal.companyName],
  ['Associated Contact', (d) => associated(d.people)],
];

export function hubspotFiles(data: CrmExportData): CrmFile[] {
  return crmFiles(data, {
    files: {
      deals: 'hubspot-deals.csv',
      contacts: 'hubspot-contacts.csv',
      companies: 'hubspot-companies.csv',
    },
    deals: DEAL_COLUMNS,
    contacts: ({ companyOf }) => [
      ['First Name', (c) => splitName(c.name).first],
      ['Last Name', (c) => splitName(c.name).last],
      ['Email', (c) => c.email],
      ['Phone Number', (c) => c.phone],
      ['Job Title', (c) => c.title],
      ['Company Name', companyOf],
    ],
    companies: ['Company name', 'Industry', 'Number of Employees', 'Annual Revenue'],
  });
}
