import type { LeadSource } from '../../model';

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
  'value',
  'source',
  'stage',
  'expectedClose',
  'industry',
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
  value: 'Value',
  source: 'Lead source',
  stage: 'Stage',
  expectedClose: 'Expected close',
  industry: 'Industry',
  notes: 'Notes',
};

/** Column index for each mapped field. */
export type ImportMapping = Partial<Record<ImportField, number>>;

/** One row that passed validation, ready for the store to create a deal from. */
export interface ImportCandidate {
  /** Spreadsheet row number (header = 1). */
  row: number;
  title: string;
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  jobTitle: string;
  value: number;
  source: LeadSource;
  stageId: string;
  /** `YYYY-MM-DD` or null. */
  expectedClose: string | null;
  industry: string;
  notes: string;
}

export interface ImportReject {
  row: number;
  values: string[];
  reason: string;
}
