import { describe, expect, it } from 'vitest';
import { CRM_EXPORTS } from './index';
import { fixture } from './testing/fixture';

/** The files of an export as `{ name: lines }` (the BOM checked and removed, CRLF between records). */
function filesOf(crm: keyof typeof CRM_EXPORTS) {
  return Object.fromEntries(
    CRM_EXPORTS[crm].files(fixture()).map((f) => {
      expect(f.csv.startsWith('\uFEFF')).toBe(true);
      return [f.name, f.csv.slice(1).split('\r\n')];
    }),
  );
}

const HOSTILE = `"'=HYPERLINK(""http://evil.example"",""Fleet"")"`;
const NOTES = '"Rollout to 3 depots.\nStarts in Hamburg."';

describe('Export for HubSpot', () => {
  it('writes deals, contacts and companies with HubSpot’s property labels, formula-safe', () => {
    const files = filesOf('hubspot');
    expect(Object.keys(files)).toEqual([
      'hubspot-deals.csv',
      'hubspot-contacts.csv',
      'hubspot-companies.csv',
    ]);
    expect(files['hubspot-deals.csv']).toEqual([
      'Deal Name,Pipeline,Deal Stage,Amount,Currency,Close Date,Closed Lost Reason,Closed Won Reason,Deal Description,Lead Source,Associated Company,Associated Contact',
      `${HOSTILE},Sales Pipeline,Closed Won,48000.5,EUR,2026-10-15,,Relationship and trust,${NOTES},Event attendee,Nordwind Logistics GmbH,Jana Kühn (jana@nordwind.example); Piotr Nowak (piotr@nordwind.example)`,
      'Analytics add-on,Sales Pipeline,Closed Lost,12000,USD,2026-09-30,Price,,,SaaS trial sign-up,Globex,',
      'Depot pilot,Sales Pipeline,Marketing Qualified Lead,0,USD,,,,,Partner referral,,',
    ]);
    expect(files['hubspot-contacts.csv']).toEqual([
      'First Name,Last Name,Email,Phone Number,Job Title,Company Name',
      `Jana,Kühn,jana@nordwind.example,"'+49 40 555",CFO,Nordwind Logistics GmbH`,
      'Piotr,Nowak,piotr@nordwind.example,,,Nordwind Logistics GmbH',
    ]);
    expect(files['hubspot-companies.csv']).toEqual([
      'Company name,Industry,Number of Employees,Annual Revenue',
      'Nordwind Logistics GmbH,Logistics,1000,',
    ]);
  });
});

describe('Export for Salesforce', () => {
  it('writes opportunities (with the primary contact), contacts and accounts with Salesforce’s labels', () => {
    const files = filesOf('salesforce');
    expect(files['salesforce-opportunities.csv']).toEqual([
      'Opportunity Name,Account Name,Amount,Opportunity Currency,Close Date,Stage,Won,Closed,Loss Reason,Lead Source,Description,First Name,Last Name,Title,Email,Phone',
      `${HOSTILE},Nordwind Logistics GmbH,48000.5,EUR,2026-10-15,Closed Won,1,1,,Event attendee,${NOTES},Jana,Kühn,CFO,jana@nordwind.example,"'+49 40 555"`,
      'Analytics add-on,Globex,12000,USD,2026-09-30,Closed Lost,0,1,Price,SaaS trial sign-up,,,,,,',
      'Depot pilot,,0,USD,,Marketing Qualified Lead,0,0,,Partner referral,,,,,,',
    ]);
    expect(files['salesforce-contacts.csv']).toEqual([
      'First Name,Last Name,Title,Email,Phone,Account Name,Lead Source',
      `Jana,Kühn,CFO,jana@nordwind.example,"'+49 40 555",Nordwind Logistics GmbH,Event attendee`,
      'Piotr,Nowak,,piotr@nordwind.example,,Nordwind Logistics GmbH,Event attendee',
    ]);
    expect(files['salesforce-accounts.csv']).toEqual([
      'Account Name,Industry,Employees,Annual Revenue',
      'Nordwind Logistics GmbH,Logistics,1000,',
    ]);
  });
});

describe('Export for Pipedrive', () => {
  it('writes deals (status, lost reason, closed-on date), people and organizations with Pipedrive’s names', () => {
    const files = filesOf('pipedrive');
    expect(files['pipedrive-deals.csv']).toEqual([
      'Deal - Title,Deal - Value,Deal - Currency,Deal - Organization,Deal - Contact person,Person - Email,Person - Phone,Person - Job title,Deal - Stage,Deal - Status,Deal - Lost reason,Deal - Expected close date,Deal - Deal closed on,Deal - Source,Note - Content',
      `${HOSTILE},48000.5,EUR,Nordwind Logistics GmbH,Jana Kühn,jana@nordwind.example,"'+49 40 555",CFO,Post-Sale,won,,2026-10-31,2026-10-15,Event attendee,${NOTES}`,
      'Analytics add-on,12000,USD,Globex,,,,,Sales Qualified Lead,lost,Price,2026-09-30,,SaaS trial sign-up,',
      'Depot pilot,0,USD,,,,,,Marketing Qualified Lead,open,,,,Partner referral,',
    ]);
    expect(files['pipedrive-people.csv']).toEqual([
      'Person - Name,Person - Email,Person - Phone,Person - Job title,Person - Organization',
      `Jana Kühn,jana@nordwind.example,"'+49 40 555",CFO,Nordwind Logistics GmbH`,
      'Piotr Nowak,piotr@nordwind.example,,,Nordwind Logistics GmbH',
    ]);
    expect(files['pipedrive-organizations.csv']?.[0]).toBe(
      'Organization - Name,Organization - Industry,Organization - Number of employees,Organization - Annual revenue',
    );
  });
});
