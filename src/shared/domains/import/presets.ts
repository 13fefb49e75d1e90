import type { StageKind } from '../../model';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from './fields';

export type CrmPresetId = 'hubspot' | 'salesforce' | 'pipedrive';

export interface CrmPreset {
  id: CrmPresetId;
  label: string;
  /** Column names only this CRM's exports use; they identify the file. */
  signature: string[];
  /** The CRM's own column names per field, best first. */
  columns: Partial<Record<ImportField, string[]>>;
}

/**
 * Column names of the CRMs' standard CSV exports (contacts/leads and deals views with the
 * default properties; a rep's own columns fall back to the generic names below).
 */
export const CRM_PRESETS: Record<CrmPresetId, CrmPreset> = {
  hubspot: {
    id: 'hubspot',
    label: 'HubSpot',
    signature: [
      'Record ID',
      'Lifecycle Stage',
      'Original Source',
      'Company Name',
      'Phone Number',
      'Contact owner',
      'Deal Name',
      'Deal Stage',
      'Associated Company',
      'Create Date',
    ],
    columns: {
      title: ['Deal Name'],
      company: ['Company Name', 'Associated Company'],
      contacts: ['Associated Contact', 'Associated Contacts'],
      notes: ['Deal Description', 'Description'],
      firstName: ['First Name'],
      lastName: ['Last Name'],
      email: ['Email'],
      phone: ['Phone Number', 'Mobile Phone Number'],
      jobTitle: ['Job Title'],
      value: ['Amount'],
      currency: ['Currency', 'Deal Currency Code', 'Deal currency code'],
      employees: ['Number of Employees'],
      annualRevenue: ['Annual Revenue'],
      source: ['Original Source', 'Latest Source'],
      stage: ['Lifecycle Stage', 'Deal Stage', 'Lead Status'],
      lostReason: ['Closed Lost Reason'],
      wonReason: ['Closed Won Reason'],
      expectedClose: ['Close Date'],
      industry: ['Industry'],
    },
  },
  salesforce: {
    id: 'salesforce',
    label: 'Salesforce',
    signature: [
      'Company / Account',
      'Lead Source',
      'Lead Status',
      'Lead Owner',
      'Lead ID',
      'Opportunity Name',
      'Account Name',
      'Opportunity Owner',
      'Rating',
    ],
    columns: {
      title: ['Opportunity Name'],
      company: ['Company / Account', 'Account Name', 'Company'],
      firstName: ['First Name', 'FirstName'],
      lastName: ['Last Name', 'LastName'],
      email: ['Email'],
      phone: ['Phone', 'Mobile'],
      jobTitle: ['Title'],
      value: ['Amount', 'Opportunity Amount'],
      currency: ['Opportunity Currency', 'Currency', 'CurrencyIsoCode', 'Currency ISO Code'],
      isWon: ['Won', 'IsWon'],
      lostReason: ['Loss Reason', 'Lost Reason'],
      isClosed: ['Closed', 'IsClosed'],
      employees: ['No. of Employees', 'Number of Employees', 'Employees', 'NumberOfEmployees'],
      annualRevenue: ['Annual Revenue', 'AnnualRevenue'],
      source: ['Lead Source', 'LeadSource'],
      stage: ['Lead Status', 'Stage', 'Status'],
      expectedClose: ['Close Date'],
      industry: ['Industry'],
      notes: ['Description'],
    },
  },
  pipedrive: {
    id: 'pipedrive',
    label: 'Pipedrive',
    signature: [
      'Deal - Title',
      'Deal - Value',
      'Deal - Stage',
      'Deal - Organization',
      'Deal - Contact person',
      'Organization - Name',
      'Person - Name',
      'Person - Email',
      'Deal - Expected close date',
      'Person - Organization',
      'Person - Email - Work',
      'Person - Phone - Work',
      'Person - Label',
    ],
    columns: {
      title: ['Deal - Title'],
      company: ['Organization - Name', 'Deal - Organization', 'Person - Organization'],
      contactName: ['Person - Name', 'Deal - Contact person'],
      firstName: ['Person - First name'],
      lastName: ['Person - Last name'],
      email: ['Person - Email', 'Person - Email - Work'],
      phone: ['Person - Phone', 'Person - Phone - Work', 'Person - Phone - Mobile'],
      jobTitle: ['Person - Job title'],
      value: ['Deal - Value'],
      currency: ['Deal - Currency', 'Deal - Currency of Value'],
      employees: ['Organization - Number of employees', 'Organization - Employees'],
      annualRevenue: ['Organization - Annual revenue'],
      source: ['Deal - Source channel', 'Deal - Source', 'Deal - Source origin'],
      stage: ['Deal - Stage'],
      status: ['Deal - Status'],
      lostReason: ['Deal - Lost reason'],
      expectedClose: ['Deal - Expected close date'],
      closedOn: ['Deal - Deal closed on', 'Deal - Close time', 'Deal - Won time', 'Deal - Lost time'],
      industry: ['Organization - Industry'],
      notes: ['Deal - Notes', 'Note - Content'],
    },
  },
};

/** Column names any spreadsheet might use, best first. */
export const GENERIC_COLUMNS: Record<ImportField, string[]> = {
  title: [
    'Title',
    'Deal Title',
    'Deal Name',
    'Deal',
    'Opportunity Name',
    'Opportunity',
    'Lead Title',
    'Subject',
  ],
  company: [
    'Company',
    'Company Name',
    'Organization',
    'Organisation',
    'Organization Name',
    'Account',
    'Account Name',
    'Business',
    'Firm',
  ],
  contactName: ['Contact', 'Contact Name', 'Name', 'Full Name', 'Person', 'Person Name', 'Contact Person'],
  firstName: ['First Name', 'Firstname', 'Given Name', 'First'],
  lastName: ['Last Name', 'Lastname', 'Surname', 'Family Name', 'Last'],
  email: ['Email', 'E-mail', 'Email Address', 'E-mail Address', 'Work Email', 'Mail'],
  phone: [
    'Phone',
    'Phone Number',
    'Telephone',
    'Tel',
    'Work Phone',
    'Business Phone',
    'Mobile',
    'Mobile Phone',
  ],
  contacts: ['Associated Contact', 'Associated Contacts', 'Contacts', 'Other Contacts'],
  jobTitle: ['Job Title', 'Position', 'Role', 'Job', 'Designation'],
  value: ['Value', 'Amount', 'Deal Value', 'Deal Amount', 'Opportunity Amount', 'Budget'],
  currency: ['Currency', 'Currency Code', 'Deal Currency', 'Amount Currency'],
  employees: ['Employees', 'Number of Employees', 'Headcount', 'Company Size'],
  annualRevenue: ['Annual Revenue', 'Company Revenue', 'Revenue'],
  source: ['Source', 'Lead Source', 'Original Source', 'Channel', 'Origin'],
  stage: ['Stage', 'Deal Stage', 'Pipeline Stage', 'Lifecycle Stage', 'Lead Status', 'Status'],
  status: ['Deal Status', 'Outcome', 'Won/Lost'],
  isWon: ['Is Won', 'IsWon'],
  isClosed: ['Is Closed', 'IsClosed'],
  lostReason: ['Lost Reason', 'Closed Lost Reason', 'Reason Lost', 'Loss Reason'],
  wonReason: ['Won Reason', 'Closed Won Reason', 'Reason Won'],
  expectedClose: [
    'Expected Close',
    'Expected Close Date',
    'Close Date',
    'Closing Date',
    'Expected Closing Date',
  ],
  closedOn: ['Closed On', 'Close Time', 'Closed Date', 'Date Closed'],
  industry: ['Industry', 'Sector', 'Vertical'],
  notes: ['Notes', 'Note', 'Description', 'Comments', 'Comment', 'Remarks'],
};

/** Header comparison ignores case, spaces and punctuation (`Company / Account` = `companyaccount`). */
export const normaliseHeader = (header: string): string =>
  header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function detectPreset(normalised: string[]): CrmPresetId | 'generic' {
  let best: CrmPresetId | 'generic' = 'generic';
  let bestScore = 1; // at least two signature columns are needed
  for (const preset of Object.values(CRM_PRESETS)) {
    const signature = new Set(preset.signature.map(normaliseHeader));
    const score = normalised.filter((h) => signature.has(h)).length;
    if (score > bestScore) [best, bestScore] = [preset.id, score];
  }
  return best;
}

function claim(
  mapping: ImportMapping,
  used: Set<number>,
  normalised: string[],
  field: ImportField,
  names: string[] | undefined,
): void {
  if (mapping[field] !== undefined || !names) return;
  for (const name of names) {
    const index = normalised.findIndex((h, i) => h === normaliseHeader(name) && !used.has(i));
    if (index !== -1) {
      mapping[field] = index;
      used.add(index);
      return;
    }
  }
}

/**
 * Recognise the CRM a file came from and map its columns to fields. The preset's own
 * names are claimed first (so Salesforce's `Title` is the job title), then generic names
 * fill the remaining fields from the remaining columns. Each column maps to one field.
 */
export function guessMapping(headers: string[]): { preset: CrmPresetId | 'generic'; mapping: ImportMapping } {
  const normalised = headers.map(normaliseHeader);
  const preset = detectPreset(normalised);
  const mapping: ImportMapping = {};
  const used = new Set<number>();
  if (preset !== 'generic') {
    for (const field of IMPORT_FIELDS)
      claim(mapping, used, normalised, field, CRM_PRESETS[preset].columns[field]);
  }
  for (const field of IMPORT_FIELDS) claim(mapping, used, normalised, field, GENERIC_COLUMNS[field]);
  return { preset, mapping };
}

/**
 * The default stages of each CRM's default pipeline, as their exports write them, and the
 * Fieldline stage kind each is proposed as (the rep confirms every one in the wizard). Won
 * and lost words are outcomes (outcome.ts), not stages.
 */
export const CRM_DEFAULT_STAGES: Readonly<Record<string, StageKind>> = {
  // HubSpot: default deal pipeline, lifecycle stages and lead statuses.
  'appointment scheduled': 'sal',
  'qualified to buy': 'sql',
  'presentation scheduled': 'sql',
  'decision maker bought-in': 'sql',
  'contract sent': 'sql',
  subscriber: 'lead-generation',
  lead: 'lead-generation',
  'marketing qualified lead': 'mql',
  'sales qualified lead': 'sql',
  opportunity: 'sql',
  customer: 'post-sale',
  evangelist: 'post-sale',
  other: 'lead-generation',
  new: 'lead-generation',
  'in progress': 'nurturing',
  'attempted to contact': 'nurturing',
  connected: 'nurturing',
  'bad timing': 'nurturing',
  'open deal': 'sql',
  // Salesforce: lead statuses and opportunity stages.
  'open - not contacted': 'lead-generation',
  'working - contacted': 'nurturing',
  prospecting: 'sal',
  qualification: 'sql',
  'needs analysis': 'sql',
  'value proposition': 'sql',
  'id. decision makers': 'sql',
  'perception analysis': 'sql',
  'proposal/price quote': 'sql',
  'negotiation/review': 'sql',
  // Pipedrive: the default pipeline.
  qualified: 'sql',
  'contact made': 'sql',
  'demo scheduled': 'sql',
  'proposal made': 'sql',
  'negotiations started': 'sql',
};
