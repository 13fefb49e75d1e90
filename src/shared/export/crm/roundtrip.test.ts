/**
 * A rep can leave as easily as they came: for each CRM, the deals file "Export for X" writes,
 * read back by Fieldline's own import with X's preset, gives the same deals: titles,
 * companies, people, stages, statuses (won with its date, lost or disqualified with its reason), amounts with
 * cents, currencies, sources and notes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build, dealShape } from './testing/book';
import { reimport } from './testing/reimport';

describe.each(['hubspot', 'salesforce', 'pipedrive'] as const)('export for %s → import (property)', (crm) => {
  it('gives back the same deals, people, stages, statuses, amounts, currencies and sources', () => {
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
          expect(c.source).toBe(d.source);
          expect(c.notes).toBe(d.notes);
          // A disqualified lead leaves as lost, its reason saying so (no CRM has a third outcome).
          expect(c.status ?? 'open').toBe(d.status === 'disqualified' ? 'lost' : d.status);
          if (d.status === 'open') expect(c.stageId).toBe(d.stageId);
          if (d.outcome?.kind === 'won') expect(c.expectedClose).toBe(d.outcome.signedDate);
          if (d.outcome?.kind === 'lost') expect(c.lostReason).toBe(d.outcome.reason);
          if (d.outcome?.kind === 'disqualified')
            expect(c.lostReason).toBe(`Disqualified: ${d.outcome.reason}`);
          if (crm === 'hubspot') {
            // Every associated contact, with its e-mail.
            expect((c.contacts ?? []).map((p) => [p.name, p.email])).toEqual(
              people.map((p) => [p.name, p.email]),
            );
          } else {
            // The deal's contact person (the primary contact), with phone and job title.
            const first = people[0];
            expect([c.contactName, c.email, c.phone, c.jobTitle]).toEqual(
              first ? [first.name, first.email, first.phone, first.title] : ['', '', '', ''],
            );
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
