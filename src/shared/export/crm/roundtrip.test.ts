/**
 * A rep can leave as easily as they came: for each CRM, the deals file "Export for X" writes,
 * read back by Fieldline's own import with X's preset, gives the same deals: titles,
 * companies, people, stages, statuses (won with its date, lost with its reason), amounts with
 * cents, currencies and notes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDefaultPipeline } from '../../engine';
import { makeContact, makeDeal, type Company, type Contact, type Deal } from '../../model';
import { decodeCsvBytes, defaultStageMap, guessMapping, mapRows, parseCsv } from '../../domains/import';
import { isValidEmail } from '../../domains/import/values';

import { CRM_EXPORTS, type CrmExportId } from './index';

let n = 0;
const pipeline = createDefaultPipeline(() => `st-${++n}`, 0);
const open = pipeline.stages.filter((s) => s.kind !== 'closed' && s.kind !== 'post-sale');
const closedStage = pipeline.stages.find((s) => s.kind === 'closed')!;

/** Text a rep types in one cell: trimmed, non-blank, without CR (CRLF in a cell reads back as LF). */
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .map((s) => s.replace(/\r/g, '').replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');
const word = fc.stringMatching(/^[A-Z][a-zà-ÿ]{1,9}$/);
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const email = fc.emailAddress({ size: 'small' }).filter((e) => e.length < 120 && isValidEmail(e));
const day = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const dealShape = fc.record({
  title: text,
  company: fc.oneof(fc.constant(''), text),
  people: fc.uniqueArray(fc.record({ name, email }), {
    maxLength: 3,
    selector: (p) => p.name.toLowerCase(),
  }),
  value: fc.integer({ min: 0, max: 10_000_000_000 }).map((cents) => cents / 100),
  currency: fc.constantFrom(undefined, 'EUR', 'GBP', 'USD'),
  stageId: fc.constantFrom(...open.map((s) => s.id)),
  status: fc.constantFrom('open', 'won', 'lost'),
  close: fc.option(day, { nil: null }),
  signed: day,
  reason: text,
  notes: fc.oneof(
    fc.constant(''),
    fc.array(text, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n')),
  ),
});
type Shape = typeof dealShape extends fc.Arbitrary<infer T> ? T : never;

function build(shapes: Shape[]) {
  const contacts: Contact[] = [];
  const companies: Company[] = [];
  const deals: Deal[] = shapes.map((s, i) => {
    const people = s.people.map((p, j) => {
      const contact = makeContact({ id: `c${i}-${j}`, ...p, phone: '', title: '', companyId: null }, 0);
      contacts.push(contact);
      return { contactId: contact.id, role: 'influencer' as const };
    });
    const companyId = s.company ? `co${i}` : null;
    if (companyId)
      companies.push({
        id: companyId,
        name: s.company,
        industry: '',
        size: null,
        createdAt: 0,
        updatedAt: 0,
      });
    const won = s.status === 'won';
    return makeDeal(
      {
        id: `d${i}`,
        pipelineId: pipeline.id,
        stageId: won || s.status === 'lost' ? closedStage.id : s.stageId,
        status: s.status as Deal['status'],
        title: s.title,
        source: 'event',
        companyId,
        companyName: s.company,
        contacts: people,
        value: s.value,
        ...(s.currency ? { currency: s.currency } : {}),
        expectedClose: s.close,
        notes: s.notes,
        outcome: won
          ? {
              kind: 'won',
              signedDate: s.signed,
              contractValue: s.value,
              termMonths: 12,
              poNumber: '',
              commission: { type: 'rate', value: 0 },
              reference: false,
              testimonial: false,
              caseStudy: false,
              reason: s.reason,
            }
          : s.status === 'lost'
            ? { kind: 'lost', reason: s.reason, competitor: '', note: '' }
            : null,
      },
      0,
    );
  });
  return { pipelines: [pipeline], deals, contacts, companies, home: 'USD' };
}

/** The deals file of an export, imported again as the wizard does with the rep's defaults. */
function reimport(crm: CrmExportId, data: ReturnType<typeof build>) {
  const [file] = CRM_EXPORTS[crm].files(data);
  const parsed = parseCsv(decodeCsvBytes(new TextEncoder().encode(file!.csv)).text);
  const guess = guessMapping(parsed.headers);
  const stageValues = parsed.rows.map((r) => r[guess.mapping.stage ?? -1] ?? '');
  const mapped = mapRows(parsed.rows, guess.mapping, {
    stageMap: defaultStageMap([...new Set(stageValues)], pipeline),
    sourceMap: {},
    defaultStageId: pipeline.stages[0]!.id,
    closedStageId: closedStage.id,
    defaultSource: 'campaign',
    rowNumbers: parsed.rowNumbers,
  });
  return { guess, ...mapped };
}

describe.each(['hubspot', 'salesforce', 'pipedrive'] as const)('export for %s → import (property)', (crm) => {
  it('gives back the same deals, people, stages, statuses, amounts and currencies', () => {
    fc.assert(
      fc.property(fc.array(dealShape, { minLength: 1, maxLength: 8 }), (shapes) => {
        const data = build(shapes);
        const back = reimport(crm, data);
        expect(back.guess.preset).toBe(crm);
        expect(back.rejects).toEqual([]);
        expect(back.candidates).toHaveLength(data.deals.length);
        back.candidates.forEach((c, i) => {
          const d = data.deals[i]!;
          const people = shapes[i]!.people;
          expect(c.title).toBe(d.title);
          expect(c.companyName).toBe(d.companyName);
          expect(c.value).toBe(d.value);
          expect(c.currency ?? 'USD').toBe(d.currency ?? 'USD');
          expect(c.notes).toBe(d.notes);
          expect(c.status ?? 'open').toBe(d.status);
          if (d.status === 'open') expect(c.stageId).toBe(d.stageId);
          if (d.outcome?.kind === 'won') expect(c.expectedClose).toBe(d.outcome.signedDate);
          if (d.outcome?.kind === 'lost') expect(c.lostReason).toBe(d.outcome.reason);
          if (crm === 'hubspot') {
            // Every associated contact, with its e-mail.
            expect((c.contacts ?? []).map((p) => [p.name, p.email])).toEqual(
              people.map((p) => [p.name, p.email]),
            );
          } else {
            // The deal's contact person (the primary contact).
            expect([c.contactName, c.email]).toEqual([people[0]?.name ?? '', people[0]?.email ?? '']);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
