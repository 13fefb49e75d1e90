import {
  LEAD_SOURCE_LABELS,
  type Company,
  type CompanySize,
  type Contact,
  type Deal,
  type Pipeline,
} from '../../model';
import { toCsv, type CsvCell } from '../csv';

/** Everything an export for another CRM is made from (the store's tables, read once). */
export interface CrmExportData {
  pipelines: readonly Pipeline[];
  deals: readonly Deal[];
  contacts: readonly Contact[];
  companies: readonly Company[];
  /** The home currency: a deal without its own currency is in it. */
  home: string;
}

/** One CSV file of an export: its file name and its text (UTF-8 with BOM, formula-safe). */
export interface CrmFile {
  name: string;
  csv: string;
}

/** A deal with what every CRM's files need resolved: stage name, company, people, dates. */
export interface ExportDeal {
  deal: Deal;
  stageName: string;
  company: Company | null;
  people: Contact[];
  currency: string;
  /** The day it closed (won: signed), else its expected close; '' when none. */
  closeDate: string;
  /** Why it was lost (a disqualified lead: "Disqualified: …"), '' for open and won deals. */
  lostReason: string;
  source: string;
}

/** `[header, cell]`: one column of a file, as the target CRM names it. */
export type Column<T> = readonly [string, (row: T) => CsvCell];

export function csvFile<T>(name: string, columns: readonly Column<T>[], rows: readonly T[]): CrmFile {
  return {
    name,
    csv: toCsv(
      columns.map(([header]) => header),
      rows.map((row) => columns.map(([, cell]) => cell(row))),
      { bom: true },
    ),
  };
}

function lostReasonOf(deal: Deal): string {
  if (deal.outcome?.kind === 'lost') return deal.outcome.reason;
  if (deal.outcome?.kind === 'disqualified') return `Disqualified: ${deal.outcome.reason}`;
  return '';
}

/** Every deal with its stage, company and people, in pipeline and stage order. */
export function exportDeals(data: CrmExportData): ExportDeal[] {
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const companies = new Map(data.companies.map((c) => [c.id, c]));
  const stages = new Map(data.pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
  return data.deals.map((deal) => ({
    deal,
    stageName: stages.get(deal.stageId) ?? '',
    company: deal.companyId ? (companies.get(deal.companyId) ?? null) : null,
    people: deal.contacts.flatMap((link) => contacts.get(link.contactId) ?? []),
    currency: deal.currency ?? data.home,
    closeDate: (deal.outcome?.kind === 'won' ? deal.outcome.signedDate : deal.expectedClose) ?? '',
    lostReason: lostReasonOf(deal),
    source: LEAD_SOURCE_LABELS[deal.source],
  }));
}

/** A name as first and last name: the last word is the last name (Salesforce requires one). */
export function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { first: '', last: words[0] ?? '' };
  return { first: words.slice(0, -1).join(' '), last: words.at(-1)! };
}

/** The companies the deals and contacts name, once each. */
export function usedCompanies(data: CrmExportData): Company[] {
  const used = new Set([...data.deals.map((d) => d.companyId), ...data.contacts.map((c) => c.companyId)]);
  return data.companies.filter((c) => used.has(c.id));
}

/** The first deal each contact is on. */
function firstDeals(data: CrmExportData): Map<string, Deal> {
  const firsts = new Map<string, Deal>();
  for (const deal of data.deals)
    for (const link of deal.contacts) if (!firsts.has(link.contactId)) firsts.set(link.contactId, deal);
  return firsts;
}

/** Each contact's lead source (its first deal's), as the source's label. */
export function contactSources(data: CrmExportData): Map<string, string> {
  return new Map([...firstDeals(data)].map(([id, deal]) => [id, LEAD_SOURCE_LABELS[deal.source]]));
}

/** Each contact's company name: its own company, else the company of its first deal. */
export function contactCompanies(data: CrmExportData): Map<string, string> {
  const companies = new Map(data.companies.map((c) => [c.id, c.name]));
  const names = new Map([...firstDeals(data)].map(([id, deal]) => [id, deal.companyName]));
  for (const contact of data.contacts) {
    const own = contact.companyId ? companies.get(contact.companyId) : undefined;
    if (own) names.set(contact.id, own);
  }
  return names;
}

/** Each company's annual revenue as the deals' customer profiles know it. */
export function companyRevenues(data: CrmExportData): Map<string, number> {
  const revenues = new Map<string, number>();
  for (const deal of data.deals) {
    const revenue = deal.profile.annualRevenue;
    if (deal.companyId && revenue != null && !revenues.has(deal.companyId))
      revenues.set(deal.companyId, revenue);
  }
  return revenues;
}

/**
 * A head count for a size band (CRMs store a number): the band's upper bound, which reads back
 * into the same band; 5001 for "5000+".
 */
const BAND_COUNT: Record<CompanySize, number> = {
  '1-10': 10,
  '11-50': 50,
  '51-200': 200,
  '201-1000': 1000,
  '1001-5000': 5000,
  '5000+': 5001,
};
export const employeesOf = (company: Company): number | '' => (company.size ? BAND_COUNT[company.size] : '');

/** What a contact's columns may look up: its company's name and the lead source of its deals. */
export interface ContactLookups {
  companyOf(contact: Contact): string;
  sourceOf(contact: Contact): string;
}

/** One CRM's export: its three file names, its deal and contact columns, its company headers. */
export interface CrmShape {
  files: { deals: string; contacts: string; companies: string };
  deals: readonly Column<ExportDeal>[];
  contacts(lookups: ContactLookups): Column<Contact>[];
  /** The company file's headers for name, industry, head count and annual revenue. */
  companies: readonly [name: string, industry: string, employees: string, revenue: string];
}

/** The deals, contacts and companies files of a CRM's shape. */
export function crmFiles(data: CrmExportData, shape: CrmShape): CrmFile[] {
  const companies = contactCompanies(data);
  const sources = contactSources(data);
  const revenue = companyRevenues(data);
  const [name, industry, employees, annualRevenue] = shape.companies;
  const contactColumns = shape.contacts({
    companyOf: (c) => companies.get(c.id) ?? '',
    sourceOf: (c) => sources.get(c.id) ?? '',
  });
  return [
    csvFile(shape.files.deals, shape.deals, exportDeals(data)),
    csvFile(shape.files.contacts, contactColumns, data.contacts),
    csvFile<Company>(
      shape.files.companies,
      [
        [name, (c) => c.name],
        [industry, (c) => c.industry],
        [employees, employeesOf],
        [annualRevenue, (c) => revenue.get(c.id) ?? ''],
      ],
      usedCompanies(data),
    ),
  ];
}
