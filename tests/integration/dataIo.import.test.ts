import { defaultStageMap } from '../../src/shared/domains/import';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import {
  decodeCsvBytes,
  findDuplicates,
  guessMapping,
  mapRows,
  parseCsv,
} from '../../src/shared/domains/import';
import { fixtureBytes } from '../../src/shared/domains/import/testing/fixtures';
import {
  buildDecisions,
  defaultSourceMap,
  distinctValues,
} from '../../src/renderer/src/features/data/importPlan';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
});
afterEach(async () => {
  await h.close();
});

/** What the wizard does with a file and the rep's default choices. */
async function prepare(file: string) {
  const [pipeline] = await client.call('pipelines.list', {});
  const parsed = parseCsv(decodeCsvBytes(fixtureBytes(file)).text);
  const { mapping } = guessMapping(parsed.headers);
  const stageMap = defaultStageMap(distinctValues(parsed.rows, mapping.stage).values, pipeline!);
  const sourceMap = defaultSourceMap(distinctValues(parsed.rows, mapping.source).values, 'campaign');
  const mapped = mapRows(parsed.rows, mapping, {
    stageMap,
    sourceMap,
    defaultStageId: pipeline!.stages[0]!.id,
    closedStageId: pipeline!.stages.find((s) => s.kind === 'closed')!.id,
    defaultSource: 'campaign',
    rowNumbers: parsed.rowNumbers,
  });
  const duplicates = findDuplicates(mapped.candidates, await client.call('import.existingKeys', {}));
  return { pipeline: pipeline!, ...mapped, duplicates };
}

async function snapshot() {
  const { db } = h.host;
  return {
    deals: await db.deals.toArray(),
    companies: await db.companies.toArray(),
    contacts: await db.contacts.toArray(),
    history: await db.stageHistory.toArray(),
  };
}

describe('import.commit through the RPC transport', () => {
  it('HubSpot deals: every associated contact with name and e-mail, the description with its line breaks', async () => {
    const { pipeline, candidates, rejects, duplicates } = await prepare('hubspot-deals-contacts.csv');
    expect(rejects).toEqual([]);
    await client.call('import.commit', {
      pipelineId: pipeline.id,
      candidates,
      decisions: buildDecisions(candidates, duplicates, new Map()),
    });
    const { deals, contacts } = await snapshot();
    const people = (title: string) =>
      deals
        .find((d) => d.title === title)!
        .contacts.map((link) => contacts.find((c) => c.id === link.contactId)!)
        .map((c) => [c.name, c.email]);
    expect(people('Fleet rollout')).toEqual([
      ['Jane Doe', 'jane.doe@acme.example'],
      ['Raj Patel', 'raj@acme.example'],
    ]);
    // A contact written as a bare address takes its name from it.
    expect(people('Renewal')).toEqual([['Kim Lee', 'kim.lee@globex.example']]);
    expect(deals.find((d) => d.title === 'Fleet rollout')!.notes).toBe('Line one\nline two');
    const sal = pipeline.stages.find((s) => s.kind === 'sal')!.id;
    expect(deals.find((d) => d.title === 'Fleet rollout')!.stageId).toBe(sal);
  });

  it('deals the CRM had closed arrive won or lost, with date, value and reason, and count in win rate', async () => {
    const { pipeline, candidates, rejects, duplicates } = await prepare('hubspot-deals-closed.csv');
    expect(rejects).toEqual([]);
    await client.call('import.commit', {
      pipelineId: pipeline.id,
      candidates,
      decisions: buildDecisions(candidates, duplicates, new Map()),
    });
    const { deals, history } = await snapshot();
    const deal = (title: string) => deals.find((d) => d.title === title)!;
    const closedStage = pipeline.stages.find((s) => s.kind === 'closed')!.id;
    expect(deal('Fleet rollout')).toMatchObject({
      status: 'won',
      stageId: closedStage,
      value: 48_000,
      outcome: { kind: 'won', signedDate: '2026-10-15', contractValue: 48_000 },
    });
    expect(deal('Analytics add-on')).toMatchObject({
      status: 'lost',
      outcome: { kind: 'lost', reason: 'Went with a competitor' },
    });
    expect(deal('Pilot').status).toBe('open');
    const wonEntry = history.find((e) => e.dealId === deal('Fleet rollout').id)!;
    expect(wonEntry.toStatus).toBe('won');
    expect(new Date(wonEntry.at).toDateString()).toBe(new Date(2026, 9, 15).toDateString());
    const { outcomes } = await client.call('insights.dashboard', { pipelineId: pipeline.id, period: 'all' });
    expect(outcomes).toMatchObject({ won: 1, lost: 1, wonValue: 48_000, winRate: 0.5 });
    // Won deals stay on the board (Closed Deal); lost ones leave it.
    const board = await client.call('board.get', { pipelineId: pipeline.id });
    expect(board.cards.map((c) => c.title).sort()).toEqual(['Fleet rollout', 'Pilot']);
  });

  it('company-size figures go to the profile and the company, never to the deal value', async () => {
    const { pipeline, candidates, rejects, duplicates } = await prepare('salesforce-company-size.csv');
    expect(rejects).toEqual([]);
    await client.call('import.commit', {
      pipelineId: pipeline.id,
      candidates,
      decisions: buildDecisions(candidates, duplicates, new Map()),
    });
    const { deals, companies } = await snapshot();
    const deal = (company: string) => deals.find((d) => d.companyName === company)!;
    expect(deal('Initech').value).toBe(0);
    expect(deal('Initech').profile).toMatchObject({ annualRevenue: 12_000_000, companySize: '201-1000' });
    expect(deal('Umbrella Ltd').value).toBe(0);
    expect(deal('Umbrella Ltd').profile).toMatchObject({ companySize: '1001-5000' });
    expect(deal('Umbrella Ltd').profile.annualRevenue ?? null).toBeNull();
    expect(companies.find((c) => c.name === 'Initech')?.size).toBe('201-1000');
  });

  it("a currency column sets each deal's currency; totals are in the home currency at the rep's rates", async () => {
    const { pipeline, candidates, rejects, duplicates } = await prepare('pipedrive.csv');
    expect(rejects).toEqual([]);
    await client.call('import.commit', {
      pipelineId: pipeline.id,
      candidates,
      decisions: buildDecisions(candidates, duplicates, new Map()),
    });
    const { deals } = await snapshot();
    expect(deals.map((d) => [d.title, d.value, d.currency]).sort()).toEqual([
      ['Acme fleet pilot', 12500, 'USD'],
      ['Globex renewal', 900, 'EUR'],
    ]);
    const sql = async () => {
      const d = await client.call('insights.dashboard', { pipelineId: pipeline.id, period: 'all' });
      const row = d.funnel.find((r) => r.name === 'Sales Qualified Lead')!;
      return { count: row.count, value: row.value, unconverted: d.unconverted.map((u) => u.title) };
    };
    // No EUR rate yet: the euro deal is counted, named, and left out of the amount.
    expect(await sql()).toEqual({ count: 2, value: 12500, unconverted: ['Globex renewal'] });
    await client.call('settings.update', { patch: { exchangeRates: { EUR: 1.1 } } });
    const withRate = await sql();
    expect(withRate.unconverted).toEqual([]);
    expect(withRate.value).toBeCloseTo(12500 + 990, 6);
    // Bad rates are refused and change nothing.
    await expect(client.call('settings.update', { patch: { exchangeRates: { EUR: -1 } } })).rejects.toThrow();
    expect((await client.call('settings.get', {})).exchangeRates).toEqual({ EUR: 1.1 });
  });

  it('sample-leads.csv: 25 deals in their mapped stages, with companies, contacts and history', async () => {
    const { pipeline, candidates, rejects, duplicates } = await prepare('sample-leads.csv');
    expect(rejects).toEqual([]);
    expect(duplicates.size).toBe(0);
    const result = await client.call('import.commit', {
      pipelineId: pipeline.id,
      candidates,
      decisions: buildDecisions(candidates, duplicates, new Map()),
    });
    expect(result).toEqual({ pipelineId: pipeline.id, added: 25, updated: 0, skipped: 0 });

    const board = await client.call('board.get', { pipelineId: pipeline.id });
    const stageName = (id: string) => pipeline.stages.find((s) => s.id === id)?.name;
    const byStage = (name: string) =>
      board.cards
        .filter((c) => stageName(c.stageId) === name)
        .map((c) => c.title)
        .sort();
    expect(board.cards).toHaveLength(25);
    expect(byStage('Sales Qualified Lead')).toEqual([
      'Dispatch console upgrade',
      'Enterprise rollout',
      'Field service rollout',
      'Fleet telematics pilot',
      'Work orders',
    ]);
    expect(byStage('Lead Generation')).toEqual([
      'Crew scheduling',
      'Event check-in',
      'Route planning module',
      'Starter team plan',
      'Technician app',
    ]);

    const card = board.cards.find((c) => c.title === 'Warehouse scanners')!;
    const detail = await client.call('deals.get', { id: card.id });
    expect(detail.deal).toMatchObject({
      title: 'Warehouse scanners',
      companyName: 'Brightline Retail, Inc.',
      value: 12500,
      source: 'website-collateral',
      expectedClose: '2025-11-15',
      notes: 'Downloaded the ROI guide twice',
      status: 'open',
    });
    expect(detail.deal.profile.industry).toBe('Retail');
    expect(detail.company).toMatchObject({ name: 'Brightline Retail, Inc.', industry: 'Retail' });
    expect(detail.contacts.map((c) => c.contact)).toMatchObject([
      {
        name: 'Marcus Lee',
        email: 'marcus.lee@brightline.example',
        phone: '+1 312 555 0188',
        title: 'Director of Operations',
      },
    ]);
    expect(detail.history.map((e) => [e.toStageId, e.reason])).toEqual([[card.stageId, 'Imported from CSV']]);
    const multiline = await client.call('deals.get', {
      id: board.cards.find((c) => c.title === 'Field service rollout')!.id,
    });
    expect(multiline.deal.notes).toBe('Asked for a security questionnaire\nNeeds SSO');
  });

  it('invalid-rows.csv: the valid row imports, each invalid row is rejected with its row number and reason', async () => {
    const { pipeline, candidates, rejects, duplicates } = await prepare('invalid-rows.csv');
    expect(rejects.map((r) => [r.row, r.reason])).toEqual([
      [4, 'E-mail "raj@@globex" is not a valid address.'],
      [5, 'Value "-500" is negative; deal values must be 0 or more.'],
      [6, 'Value "lots" is not a number.'],
      [
        7,
        'Expected close "2025-02-30" is not a real calendar date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).',
      ],
      [
        8,
        'Expected close "25/03/2025" is not a real calendar date (use YYYY-MM-DD, MM/DD/YYYY or DD.MM.YYYY).',
      ],
      [9, 'No title, company or contact name.'],
      [10, expect.stringContaining('E-mail "tony at stark" is not a valid address.')],
    ]);
    const result = await client.call('import.commit', {
      pipelineId: pipeline.id,
      candidates,
      decisions: buildDecisions(candidates, duplicates, new Map()),
    });
    expect(result).toMatchObject({ added: 1, updated: 0, skipped: 0 });
    const deals = await h.host.db.deals.toArray();
    expect(deals.map((d) => [d.title, d.companyName, d.value, d.expectedClose])).toEqual([
      ['Good row', 'Acme', 1200, '2025-05-01'],
    ]);
  });

  it('leading-zeros.csv: phone numbers and names keep their zeros', async () => {
    const { pipeline, candidates } = await prepare('leading-zeros.csv');
    await client.call('import.commit', {
      pipelineId: pipeline.id,
      candidates,
      decisions: candidates.map(() => 'add' as const),
    });
    const companies = (await h.host.db.companies.toArray()).map((c) => c.name).sort();
    expect(companies).toEqual(['00123 Corp', 'Acme']);
    const deals = (await h.host.db.deals.toArray()).sort((a, b) => a.title.localeCompare(b.title));
    expect(deals.map((d) => [d.title, d.companyName, d.value])).toEqual([
      ['Pilot', 'Acme', 100],
      ['Zip', '00123 Corp', 0],
    ]);
    const phones = (await h.host.db.contacts.toArray()).map((c) => c.phone).sort();
    expect(phones).toEqual(['+44 20 7946 0000', '0049 30 1234567']);
  });

  it('a second import of the same file finds every row as a duplicate: skip, update and add', async () => {
    const first = await prepare('sample-leads.csv');
    await client.call('import.commit', {
      pipelineId: first.pipeline.id,
      candidates: first.candidates,
      decisions: first.candidates.map(() => 'add' as const),
    });

    const again = await prepare('sample-leads.csv');
    expect(again.duplicates.size).toBe(25);
    const [a, b] = again.candidates;
    const changed = again.candidates.map((c) =>
      c.row === b!.row ? { ...c, value: 99000, notes: 'Renewed interest', phone: '' } : c,
    );
    const choices = new Map([
      [a!.row, 'add' as const],
      [b!.row, 'update' as const],
    ]);
    const decisions = buildDecisions(changed, again.duplicates, choices);
    const result = await client.call('import.commit', {
      pipelineId: again.pipeline.id,
      candidates: changed,
      decisions,
    });
    expect(result).toMatchObject({ added: 1, updated: 1, skipped: 23 });

    const deals = await h.host.db.deals.toArray();
    expect(deals).toHaveLength(26);
    expect(deals.filter((d) => d.title === a!.title)).toHaveLength(2);
    const updated = deals.find((d) => d.title === b!.title)!;
    expect(updated).toMatchObject({ value: 99000, notes: 'Renewed interest' });
    // The same contact was filled in, not duplicated; the empty phone cell left the phone alone.
    const detail = await client.call('deals.get', { id: updated.id });
    expect(detail.contacts.map((c) => [c.contact.email, c.contact.phone])).toEqual([
      ['marcus.lee@brightline.example', '+1 312 555 0188'],
    ]);
    expect(await h.host.db.companies.count()).toBe(25);
  });

  it('a failing import changes nothing: an update of a deal that is gone rolls back every row', async () => {
    const { pipeline, candidates } = await prepare('sample-leads.csv');
    await client.call('deals.create', {
      title: 'Existing',
      companyName: 'Keep Co',
      contactName: '',
      contactEmail: '',
      source: 'event',
      value: 1,
    });
    const before = await snapshot();
    const decisions = candidates.map((_, i) =>
      i === candidates.length - 1 ? { update: 'no-such-deal' } : ('add' as const),
    );
    await expect(
      client.call('import.commit', { pipelineId: pipeline.id, candidates, decisions }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses rows in a stage of another pipeline, mismatched decisions and more rows than the limit', async () => {
    const { pipeline, candidates } = await prepare('sample-leads.csv');
    const before = await snapshot();
    const wrongStage = candidates.map((c, i) => (i === 3 ? { ...c, stageId: 'elsewhere' } : c));
    await expect(
      client.call('import.commit', {
        pipelineId: pipeline.id,
        candidates: wrongStage,
        decisions: candidates.map(() => 'add' as const),
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('Row 5') });
    await expect(client.call('import.commit', { candidates, decisions: ['add'] })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const many = Array.from({ length: 50_001 }, (_, i) => ({ ...candidates[0]!, row: i + 2 }));
    await expect(
      client.call('import.commit', { candidates: many, decisions: many.map(() => 'skip' as const) }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(await snapshot()).toEqual(before);
  });
});
