/**
 * The contacts / people file of each export, read back by Fieldline's own import with that
 * CRM's preset (a contact list imports as leads), names every person again: name, e-mail,
 * phone, job title and company.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build, dealShape } from './testing/book';
import { reimport } from './testing/reimport';

describe.each(['hubspot', 'salesforce', 'pipedrive'] as const)(
  '%s contacts file → import (property)',
  (crm) => {
    it('gives back every person with name, e-mail, phone, job title and company', () => {
      fc.assert(
        fc.property(fc.array(dealShape, { minLength: 1, maxLength: 6 }), (shapes) => {
          const data = build(shapes);
          fc.pre(data.contacts.length > 0);
          const back = reimport(crm, data, 1);
          expect(back.guess.preset).toBe(crm);
          expect(back.rejects).toEqual([]);
          const company = new Map(data.companies.map((c) => [c.id, c.name]));
          expect(
            back.candidates.map((c) => [c.contactName, c.email, c.phone, c.jobTitle, c.companyName]),
          ).toEqual(
            data.contacts.map((p) => [
              p.name,
              p.email,
              p.phone,
              p.title,
              company.get(p.companyId ?? '') ?? '',
            ]),
          );
        }),
        { numRuns: 60 },
      );
    });
  },
);
