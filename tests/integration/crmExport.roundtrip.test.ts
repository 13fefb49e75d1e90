/**
 * Leaving through the store: the sample pipeline's data (`crmExport.data`) exported for each
 * CRM, its deals file imported into a fresh Fieldline through `import.commit` as the wizard
 * does it (the rep keeps every row), gives back every deal: title, company, stage, status
 * (won with its signed date, lost with its reason), amount, currency, source and people.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CRM_EXPORTS, type CrmExportId } from '../../src/shared/export/crm';
import type { Contact, Deal, Pipeline } from '../../src/shared/model';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { importCsv } from './testing/importCsv';

const open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

async function harness() {
  const h = await startHarness();
  open.push(h);
  return { h, client: h.connect() };
}

/** One line per deal, in what the rep reads; people are every contact (HubSpot) or the first. */
async function dealLines(h: Harness, everyone: boolean) {
  const { db } = h.host;
  const [pipelines, deals, contacts] = await Promise.all([
    db.pipelines.toArray(),
    db.deals.toArray(),
    db.contacts.toArray(),
  ]);
  const contact = new Map(contacts.map((c) => [c.id, c]));
  const stage = new Map(pipelines.flatMap((p: Pipeline) => p.stages.map((s) => [s.id, s.name] as const)));
  const line = (d: Deal) => {
    const people = d.contacts.map((l) => contact.get(l.contactId)!).slice(0, everyone ? undefined : 1);
    const status = d.status === 'disqualified' ? 'lost' : d.status;
    const outcome =
      d.outcome?.kind === 'won'
        ? `won ${d.outcome.signedDate}`
        : d.outcome
          ? `lost: ${d.outcome.kind === 'disqualified' ? 'Disqualified: ' : ''}${d.outcome.reason}`
          : `open in ${stage.get(d.stageId)} by ${d.expectedClose}`;
    return [
      d.title,
      d.companyName,
      status,
      outcome,
      d.value.toFixed(2),
      d.currency ?? 'USD',
      d.source,
      people.map((p: Contact) => `${p.name} <${p.email}>`).join('; '),
    ].join(' | ');
  };
  return deals.map(line).sort();
}

/** The sample pipeline plus what a rep's book also has: euros with cents, a second person, lost deals. */
async function bookOfBusiness() {
  const from = await harness();
  await from.client.call('sample.load', { count: 60, seed: 2026 });
  const [first, second, third] = (await from.h.host.db.deals.toArray()).filter((d) => d.status === 'open');
  await from.client.call('deals.update', { id: first!.id, patch: { value: 1234.56, currency: 'EUR' } });
  await from.client.call('deals.addContact', {
    dealId: first!.id,
    contact: { name: 'Ola Nordmann', email: 'ola@fjord.example', phone: '', title: '', role: 'champion' },
  });
  // Reasons from the rep's lists, as the close dialogs offer them.
  const { lostReasons, disqualifyReasons } = await from.client.call('settings.get', {});
  const lose = { kind: 'lose', reason: lostReasons.at(-1)! } as const;
  await from.client.call('deals.transition', { dealId: second!.id, request: lose });
  const disqualify = { kind: 'disqualify', reason: disqualifyReasons[0]! } as const;
  await from.client.call('deals.transition', { dealId: third!.id, request: disqualify });
  return { ...from, disqualified: disqualify.reason };
}

describe.each(['hubspot', 'salesforce', 'pipedrive'] as const)(
  'export for %s → import, through the store',
  (crm) => {
    it('gives back every deal of the book', async () => {
      const from = await bookOfBusiness();
      const data = await from.client.call('crmExport.data', {});
      const [deals] = CRM_EXPORTS[crm as CrmExportId].files(data);

      const to = await harness();
      const bytes = new TextEncoder().encode(deals!.csv);
      const result = await importCsv(to.client, bytes, { addDuplicates: true });
      expect(result.guess.preset).toBe(crm);
      expect(result.rejects).toEqual([]);
      const everyone = crm === 'hubspot';
      const before = await dealLines(from.h, everyone);
      expect(new Set(before.map((l) => l.split(' | ')[2]))).toEqual(new Set(['open', 'won', 'lost']));
      expect(before.filter((l) => l.includes('| 1234.56 | EUR |'))).toHaveLength(1);
      expect(before.filter((l) => l.includes(`lost: Disqualified: ${from.disqualified}`))).toHaveLength(1);
      expect(await dealLines(to.h, everyone)).toEqual(before);
    });
  },
);
