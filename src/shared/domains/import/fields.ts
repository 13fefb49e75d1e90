import { z } from 'zod';
import { CompanySize, CurrencyCode, DateOnly, Id, LeadSource, LongText, Money, ShortText } from '../../model';

/** The deal/lead fields a CSV column can be mapped to. */
export const IMPORT_FIELDS = [
  'title',
  'company',
  'contactName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'jobTitle',
  'contacts',
  'value',
  'currency',
  'source',
  'stage',
  'status',
  'isWon',
  'isClosed',
  'lostReason',
  'wonReason',
  'expectedClose',
  'closedOn',
  'industry',
  'employees',
  'annualRevenue',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  title: 'Deal title',
  company: 'Company',
  contactName: 'Contact name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'E-mail',
  phone: 'Phone',
  jobTitle: 'Job title',
  contacts: 'More contacts (Name (e-mail); …)',
  value: 'Value',
  currency: 'Currency (EUR, USD, …)',
  source: 'Lead source',
  stage: 'Stage',
  status: 'Status (won / lost / open)',
  isWon: 'Won (true / false)',
  isClosed: 'Closed (true / false)',
  lostReason: 'Lost reason',
  wonReason: 'Won reason',
  expectedClose: 'Expected close',
  closedOn: 'Closed on (won / lost date)',
  industry: 'Industry',
  employees: 'Number of employees (company)',
  annualRevenue: 'Annual revenue (company)',
  notes: 'Notes',
};

/** Column index for each mapped field. */
export type ImportMapping = Partial<Record<ImportField, number>>;

/** One row that passed validation, ready for the store to create a deal from. */
export const ImportCandidate = z.object({
  /** Spreadsheet row number (header = 1). */
  row: z.number().int().min(1),
  title: ShortText.trim().min(1, 'a deal needs a title'),
  companyName: ShortText,
  contactName: ShortText,
  email: ShortText,
  phone: ShortText,
  jobTitle: ShortText,
  value: Money,
  /** The value's currency when the file names one (a column, or the amount itself). */
  currency: CurrencyCode.optional(),
  source: LeadSource,
  stageId: Id,
  /** `YYYY-MM-DD` or null; for a won or lost deal, the day it closed. */
  expectedClose: DateOnly.nullable(),
  /** Won or lost in the CRM it came from (absent: open). */
  status: z.enum(['open', 'won', 'lost']).optional(),
  lostReason: ShortText.optional(),
  /** Why a won deal was won, when the file says. */
  wonReason: ShortText.optional(),
  industry: ShortText,
  /** Further people on the deal (a CRM's associated contacts), each with a name. */
  contacts: z
    .array(z.object({ name: ShortText.min(1), email: ShortText }))
    .max(50)
    .optional(),
  /** Company-size figures go to the customer profile and the company, never to the deal value. */
  companySize: CompanySize.nullable().optional(),
  annualRevenue: z.number().min(0).max(1e15).nullable().optional(),
  notes: LongText,
});
export type ImportCandidate = z.infer<typeof ImportCandidate>;

export interface ImportReject {
  row: number;
  values: string[];
  reason: string;
}
