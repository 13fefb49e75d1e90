/**
 * One deals export and one contacts/leads export per CRM (tests/fixtures/csv/crm), shaped from
 * each CRM's documented export columns, imported through the store as the wizard does it with
 * the rep's default choices. Every field of every resulting deal is checked against values
 * worked out by hand from the file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import { fixtureBytes } from '../../src/shared/domains/import/testing/fixtures';
import type { Pipeline } from '../../src/shared/model';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { importCsv, stageOf } from './testing/importCsv';

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
});
afterEach(async () => {
  await h.close();
});

/** A fixture imported with the rep's default choices (plus their own stage choices). */
const importFile = (file: string, choose?: (p: Pipeline) => Record<string, string>) =>
  importCsv(client, fixtureBytes(`crm/${file}`), choose ? { choose } : {});

/** Every deal as the rep would read it: stage by name, contacts in order, the outcome in words. */
async function dealsRead(pipeline: Pipeline) {
  const { db } = h.host;
  const [deals, contacts, companies] = await Promise.all([
    db.deals.toArray(),
    db.contacts.toArray(),
    db.companies.toArray(),
  ]);
  const contact = new Map(contacts.map((c) => [c.id, c]));
  const company = new Map(companies.map((c) => [c.id, c]));
  return Object.fromEntries(
    deals.map((d) => [
      d.title,
      {
        company: d.companyName,
        companyRecord: d.companyId ? (company.get(d.companyId)?.name ?? null) : null,
        stage: pipeline.stages.find((s) => s.id === d.stageId)?.name,
        status: d.status,
        value: d.value,
        currency: d.currency ?? null,
        expectedClose: d.expectedClose,
        source: d.source,
        outcome:
          d.outcome?.kind === 'won'
            ? `won ${d.outcome.signedDate} for ${d.outcome.contractValue}`
            : d.outcome?.kind === 'lost'
              ? `lost: ${d.outcome.reason}`
              : null,
        contacts: d.contacts.map((l) => {
          const c = contact.get(l.contactId)!;
          return [c.name, c.email, c.phone, c.title].join(' | ');
        }),
        notes: d.notes,
        size: d.profile.companySize ?? null,
        revenue: d.profile.annualRevenue ?? null,
        industry: d.profile.industry,
      },
    ]),
  );
}

describe('CRM exports, imported through the store, field by field', () => {
  it('HubSpot deals (UTF-8 with BOM): won/lost with dates and reasons, every contact, descriptions, currencies', async () => {
    const { pipeline, decoded, guess, rejects, unmapped } = await importFile('hubspot-deals.csv', (p) => ({
      'Pilot running': stageOf(p, 'sal'),
    }));
    expect(decoded.encoding).toBe('utf-8');
    expect(guess.preset).toBe('hubspot');
    expect(rejects).toEqual([]);
    expect(unmapped).toEqual(['Record ID', 'Pipeline', 'Deal owner', 'Create Date', 'Deal Type']);
    const deals = await dealsRead(pipeline);
    expect(Object.keys(deals).sort()).toEqual([
      'Analytics add-on',
      'Depot pilot',
      'Fleet rollout',
      'Security review',
    ]);
    expect(deals['Fleet rollout']).toEqual({
      company: 'Nordwind Logistics GmbH',
      companyRecord: 'Nordwind Logistics GmbH',
      stage: 'Closed Deal',
      status: 'won',
      value: 48000,
      currency: 'EUR',
      expectedClose: '2026-10-15',
      source: 'campaign',
      outcome: 'won 2026-10-15 for 48000',
      contacts: [
        'Jana Kühn | jana.kuehn@nordwind.example |  | ',
        'Piotr Nowak | piotr@nordwind.example |  | ',
      ],
      notes: 'Rollout to 3 depots.\nStarts in Hamburg.',
      size: null,
      revenue: null,
      industry: '',
    });
    expect(deals['Analytics add-on']).toMatchObject({
      company: 'Globex',
      status: 'lost',
      value: 12000.5,
      currency: 'USD',
      expectedClose: '2026-09-30',
      outcome: 'lost: Went with a competitor',
      contacts: ['Raj Patel | raj@globex.example |  | '],
      notes: '',
    });
    expect(deals['Depot pilot']).toMatchObject({
      stage: 'Sales Qualified Lead',
      status: 'open',
      value: 10000.5,
      currency: 'EUR',
      expectedClose: '2026-12-20',
      outcome: null,
      // A contact without a name takes one from the e-mail.
      contacts: ['Lee | lee@initech.example |  | '],
      notes: 'Two depots first,\n"then the rest"',
    });
    expect(deals['Security review']).toMatchObject({
      stage: 'Sales Accepted Lead',
      status: 'open',
      value: 7500,
      currency: null,
      expectedClose: '2027-01-31',
      contacts: [],
    });
  });

  it('HubSpot contacts (Windows-1252): names with accents, company revenue and size to the profile, lifecycle stages', async () => {
    const { pipeline, decoded, guess, rejects } = await importFile('hubspot-contacts.csv');
    expect(decoded.encoding).toBe('windows-1252');
    expect(guess.preset).toBe('hubspot');
    expect(rejects).toEqual([]);
    const deals = await dealsRead(pipeline);
    expect(deals['Bäckerei Müller — José Müller']).toEqual({
      company: 'Bäckerei Müller',
      companyRecord: 'Bäckerei Müller',
      stage: 'Marketing Qualified Lead',
      status: 'open',
      value: 0,
      currency: null,
      expectedClose: null,
      source: 'campaign',
      outcome: null,
      contacts: ['José Müller | jose.mueller@baeckerei-mueller.example | +49 30 1234567 | Einkaufsleiter'],
      notes: '',
      size: '201-1000',
      revenue: 12000000,
      industry: 'Food & Beverage',
    });
    expect(deals['O’Brien & Söhne — Zoë O’Brien']).toMatchObject({
      stage: 'Lead Generation',
      value: 0,
      contacts: ['Zoë O’Brien | zoe@obrien.example |  | CFO'],
      size: null,
      revenue: null,
      industry: 'Consulting',
    });
    // No name at all: the deal is named for the company, the contact for its e-mail.
    expect(deals['Garçon SARL']).toMatchObject({
      stage: 'Sales Qualified Lead',
      contacts: ['Ops | ops@garcon.example | +33 1 23 45 67 89 | '],
      size: '11-50',
      revenue: 950000,
      industry: 'Retail',
    });
  });

  it('Salesforce opportunities: Won/Closed flags, US dates, currencies, a custom stage the rep maps', async () => {
    const { pipeline, guess, rejects, unmapped } = await importFile('salesforce-opportunities.csv', (p) => ({
      'Security Review': stageOf(p, 'sql'),
    }));
    expect(guess.preset).toBe('salesforce');
    expect(rejects).toEqual([]);
    expect(unmapped).toEqual(['Probability (%)', 'Type', 'Next Step', 'Opportunity Owner', 'Created Date']);
    const deals = await dealsRead(pipeline);
    expect(deals['Acme - 500 seats']).toEqual({
      company: 'Acme Corp',
      companyRecord: 'Acme Corp',
      stage: 'Closed Deal',
      status: 'won',
      value: 125000,
      currency: 'USD',
      expectedClose: '2026-10-15',
      source: 'partner-referral',
      outcome: 'won 2026-10-15 for 125000',
      contacts: [],
      notes: 'Signed MSA.\nKickoff booked.',
      size: null,
      revenue: null,
      industry: '',
    });
    expect(deals['Globex - renewal']).toMatchObject({
      status: 'lost',
      value: 40000,
      currency: 'GBP',
      expectedClose: '2026-09-30',
      source: 'event',
      outcome: 'lost: Imported as lost',
    });
    expect(deals['Initech - pilot']).toMatchObject({
      stage: 'Sales Qualified Lead',
      status: 'open',
      value: 18500.75,
      expectedClose: '2026-12-31',
      source: 'website-collateral',
    });
    expect(deals['Umbrella - security']).toMatchObject({
      stage: 'Sales Qualified Lead',
      status: 'open',
      value: 9900,
      currency: 'CHF',
      expectedClose: '2027-01-31',
    });
  });

  it('Salesforce leads (German locale: semicolons, decimal commas, Windows-1252): lead statuses close or place each lead', async () => {
    const { pipeline, decoded, guess, rejects, unmapped } = await importFile('salesforce-leads.csv');
    expect(decoded.encoding).toBe('windows-1252');
    expect(guess.preset).toBe('salesforce');
    expect(rejects).toEqual([]);
    expect(unmapped).toEqual(['Rating', 'Lead Owner']);
    const deals = await dealsRead(pipeline);
    expect(deals['Weiß Maschinenbau AG — Jürgen Weiß']).toEqual({
      company: 'Weiß Maschinenbau AG',
      companyRecord: 'Weiß Maschinenbau AG',
      stage: 'Lead Nurturing',
      status: 'open',
      value: 0,
      currency: null,
      expectedClose: null,
      source: 'event',
      outcome: null,
      contacts: ['Jürgen Weiß | j.weiss@weiss.example | +49 89 555 0100 | Geschäftsführer'],
      notes: 'Met at Hannover Messe;\nwants a demo',
      size: '201-1000',
      revenue: 12500000,
      industry: 'Machinery',
    });
    expect(deals['Lefèvre & Fils — Anaïs Lefèvre']).toMatchObject({
      stage: 'Closed Deal',
      status: 'won',
      revenue: 1250000.5,
      size: '11-50',
      contacts: ['Anaïs Lefèvre | anais@lefevre.example |  | Directrice achats'],
    });
    expect(deals['Öberg Data AB — Tom Öberg']).toMatchObject({
      status: 'lost',
      outcome: 'lost: Imported as lost',
    });
    expect(deals['Costa Lda — Sara Costa']).toMatchObject({ stage: 'Lead Generation', status: 'open' });
  });

  it('Pipedrive deals (semicolons, decimal commas): status and lost reason, the day it closed, the person columns', async () => {
    const { pipeline, guess, rejects, unmapped } = await importFile('pipedrive-deals.csv', (p) => ({
      'Workshop booked': stageOf(p, 'post-sale'),
    }));
    expect(guess.preset).toBe('pipedrive');
    expect(rejects).toEqual([]);
    expect(unmapped).toEqual(['Deal - ID', 'Deal - Pipeline', 'Deal - Owner']);
    const deals = await dealsRead(pipeline);
    expect(deals['Lager-Software']).toEqual({
      company: 'Schmidt Logistik GmbH',
      companyRecord: 'Schmidt Logistik GmbH',
      stage: 'Sales Qualified Lead',
      status: 'open',
      value: 12500.5,
      currency: 'EUR',
      expectedClose: '2026-12-20',
      source: 'partner-referral',
      outcome: null,
      contacts: ['Anna Schmidt | anna@schmidt.example | +49 40 555 0101 | Leiterin IT'],
      notes: 'Angebot v2 verschickt.\nWartet auf Freigabe.',
      size: null,
      revenue: null,
      industry: '',
    });
    // Won: closed on the day Pipedrive closed it, not its old forecast date.
    expect(deals['Flottenpaket']).toMatchObject({
      stage: 'Closed Deal',
      status: 'won',
      value: 48000,
      expectedClose: '2026-10-15',
      outcome: 'won 2026-10-15 for 48000',
      source: 'event',
      contacts: ['Jana Kühn | jana.kuehn@nordwind.example |  | Einkauf'],
    });
    expect(deals['Analytics']).toMatchObject({
      status: 'lost',
      value: 3200,
      currency: 'USD',
      expectedClose: '2026-09-12',
      outcome: 'lost: Price too high',
      source: 'website-collateral',
    });
    expect(deals['Onboarding-Workshop']).toMatchObject({
      stage: 'Post-Sale',
      status: 'open',
      value: 950,
      currency: 'EUR',
      contacts: [],
    });
  });

  it('Pipedrive people (Windows-1252): organisation, work e-mail and phone, job title, company size', async () => {
    const { pipeline, decoded, guess, rejects, unmapped } = await importFile('pipedrive-people.csv');
    expect(decoded.encoding).toBe('windows-1252');
    expect(guess.preset).toBe('pipedrive');
    expect(rejects).toEqual([]);
    expect(unmapped).toEqual(['Person - Label']);
    const deals = await dealsRead(pipeline);
    expect(deals['Lindqvist Trä AB — Åsa Lindqvist']).toEqual({
      company: 'Lindqvist Trä AB',
      companyRecord: 'Lindqvist Trä AB',
      stage: 'Lead Generation',
      status: 'open',
      value: 0,
      currency: null,
      expectedClose: null,
      source: 'campaign',
      outcome: null,
      contacts: ['Åsa Lindqvist | asa@lindqvist.example | +46 31 555 0199 | Inköpschef'],
      notes: '',
      size: '51-200',
      revenue: 45000000,
      industry: '',
    });
    expect(deals['Dupré Électrique — François Dupré']).toMatchObject({
      contacts: ['François Dupré |  | +33 4 55 55 01 02 | Gérant'],
      size: '11-50',
      revenue: null,
    });
  });
});
