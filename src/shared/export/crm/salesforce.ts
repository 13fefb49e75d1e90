/**
 * Files Salesforce's Data Import Wizard and Data Loader map by default: the field labels of
 * Salesforce's standard objects, as its reports export them. Opportunities ("Opportunities
 * with Contact Roles" report shape): Opportunity Name, Account Name, Amount, Opportunity
 * Currency, Close Date, Stage ("Closed Won" / "Closed Lost" for closed deals), Won, Closed,
 * Loss Reason, Lead Source, Description, and the primary contact's First Name, Last Name,
 * Title, Email, Phone. Contacts: First Name, Last Name, Title, Email, Phone, Account Name, Lead
 * Source (the standard Contact field; its first deal's source).
 * Accounts: Account Name, Industry, Employees, Annual Revenue.
 */
import { crmFiles, splitName, type Column, type CrmExportData, type CrmFile, type ExportDeal } from './table';

const closed = (d: ExportDeal) => d.deal.status !== 'open';
const stageOf = (d: ExportDeal) =>
  d.deal.status === 'won' ? 'Closed Won' : closed(d) ? 'Closed Lost' : d.stageName;
const primary = (d: ExportDeal) => d.people[0];

const DEAL_COLUMNS: Column<ExportDeal>[] = [
  ['Opportunity Name', (d) => d.deal.title],
  ['Account Name', (d) => d.deal.companyName],
  ['Amount', (d) => d.deal.value],
  ['Opportunity Currency', (d) => d.currency],
  ['Close Date', (d) => d.closeDate],
  ['Stage', stageOf],
  ['Won', (d) => (d.deal.status === 'won' ? 1 : 0)],
  ['Closed', (d) => (closed(d) ? 1 : 0)],
  ['Loss Reason', (d) => d.lostReason],
  ['Lead Source', (d) => d.source],
  ['Description', (d) => d.deal.notes],
  ['First Name', (d) => splitName(primary(d)?.name ?? '').first],
  ['Last Name', (d) => splitName(primary(d)?.name ?? '').last],
  ['Title', (d) => primary(d)?.title ?? ''],
  ['Email', (d) => primary(d)?.email ?? ''],
  ['Phone', (d) => primary(d)?.phone ?? ''],
];

export function salesforceFiles(data: CrmExportData): CrmFile[] {
  return crmFiles(data, {
    files: {
      deals: 'salesforce-opportunities.csv',
      contacts: 'salesforce-contacts.csv',
      companies: 'salesforce-accounts.csv',
    },
    deals: DEAL_COLUMNS,
    contacts: ({ companyOf, sourceOf }) => [
      ['First Name', (c) => splitName(c.name).first],
      ['Last Name', (c) => splitName(c.name).last],
      ['Title', (c) => c.title],
      ['Email', (c) => c.email],
      ['Phone', (c) => c.phone],
      ['Account Name', companyOf],
      ['Lead Source', sourceOf],
    ],
    companies: ['Account Name', 'Industry', 'Employees', 'Annual Revenue'],
  });
}
