/** Test helper: random books of business (fast-check) for the export → import property tests. */
import fc from 'fast-check';
import { createDefaultPipeline } from '../../../engine';
import {
  LEAD_SOURCES,
  makeContact,
  makeDeal,
  type Company,
  type Contact,
  type Deal,
  type LeadSource,
} from '../../../model';
import { isValidEmail } from '../../../domains/import/values';
import type { CrmExportData } from '../table';

let n = 0;
export const pipeline = createDefaultPipeline(() => `st-${++n}`, 0);
const open = pipeline.stages.filter((s) => s.kind !== 'closed' && s.kind !== 'post-sale');
export const closedStage = pipeline.stages.find((s) => s.kind === 'closed')!;

/** Text a rep types in one cell: trimmed, non-blank, without CR (CRLF in a cell reads back as LF). */
export const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .map((s) => s.replace(/\r/g, '').replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');
const word = fc.stringMatching(/^[A-Z][a-zà-ÿ]{1,9}$/);
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const email = fc.emailAddress({ size: 'small' }).filter((e) => e.length < 120 && isValidEmail(e));
/** Phone numbers as reps type them; a leading + is a formula trigger the export neutralises. */
const phone = fc.oneof(fc.constant(''), fc.stringMatching(/^\+?[0-9][0-9 ()-]{0,16}[0-9]$/));
const day = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const person = fc.record({ name, email, phone, title: fc.oneof(fc.constant(''), text) });

export const dealShape = fc.record({
  title: text,
  company: fc.oneof(fc.constant(''), text),
  people: fc.uniqueArray(person, { maxLength: 3, selector: (p) => p.name.toLowerCase() }),
  value: fc.integer({ min: 0, max: 10_000_000_000 }).map((cents) => cents / 100),
  currency: fc.constantFrom(undefined, 'EUR', 'GBP', 'USD'),
  source: fc.constantFrom<LeadSource>(...LEAD_SOURCES),
  stageId: fc.constantFrom(...open.map((s) => s.id)),
  status: fc.constantFrom<Deal['status']>('open', 'won', 'lost', 'disqualified'),
  close: fc.option(day, { nil: null }),
  signed: day,
  reason: text,
  notes: fc.oneof(
    fc.constant(''),
    fc.array(text, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n')),
  ),
});
export type DealShape = typeof dealShape extends fc.Arbitrary<infer T> ? T : never;

function outcomeOf(s: DealShape): Deal['outcome'] {
  if (s.status === 'won')
    return {
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
    };
  if (s.status === 'disqualified') return { kind: 'disqualified', reason: s.reason, feedback: '' };
  return s.status === 'lost' ? { kind: 'lost', reason: s.reason, competitor: '', note: '' } : null;
}

/** The store's tables for these deals: each deal with its own company and people. */
export function build(shapes: DealShape[]): CrmExportData & { deals: Deal[]; contacts: Contact[] } {
  const contacts: Contact[] = [];
  const companies: Company[] = [];
  const deals: Deal[] = shapes.map((s, i) => {
    const companyId = s.company ? `co${i}` : null;
    const people = s.people.map((p, j) => {
      const contact = makeContact({ id: `c${i}-${j}`, ...p, companyId }, 0);
      contacts.push(contact);
      return { contactId: contact.id, role: 'influencer' as const };
    });
    if (companyId)
      companies.push({
        id: companyId,
        name: s.company,
        industry: '',
        size: null,
        createdAt: 0,
        updatedAt: 0,
      });
    return makeDeal(
      {
        id: `d${i}`,
        pipelineId: pipeline.id,
        stageId: s.status === 'open' ? s.stageId : closedStage.id,
        status: s.status,
        title: s.title,
        source: s.source,
        companyId,
        companyName: s.company,
        contacts: people,
        value: s.value,
        ...(s.currency ? { currency: s.currency } : {}),
        expectedClose: s.close,
        notes: s.notes,
        outcome: outcomeOf(s),
      },
      0,
    );
  });
  return { pipelines: [pipeline], deals, contacts, companies, home: 'USD' };
}
