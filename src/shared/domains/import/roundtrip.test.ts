import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEAD_SOURCE_LABELS, LEAD_SOURCES, type LeadSource } from '../../model';
import { toCsv } from '../../export/csv';
import { decodeCsvBytes } from './decode';
import { parseCsv } from './parse';
import { guessMapping } from './presets';
import { mapRows } from './map-rows';
import { OPTIONS, STAGE_MAP } from './testing/options';

/** Text a rep could type in one cell: trimmed, non-blank, no CR (CRLF inside a cell reads back as LF). */
const text = (minLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength, maxLength: 40 })
    .filter((s) => s.trim() === s && !s.includes('\r') && (minLength === 0 || s !== ''));

const STAGE_NAMES = Object.keys(STAGE_MAP).filter((name) => name.includes('Lead'));

const deal = fc.record({
  title: text(1),
  company: text(0),
  contact: text(0),
  email: fc.oneof(
    fc.constant(''),
    fc.emailAddress({ size: 'small' }).filter((e) => e.length <= 254),
  ),
  phone: fc.oneof(fc.constant(''), fc.stringMatching(/^\+?[0-9][0-9 ()-]{0,16}[0-9]$/)),
  value: fc.integer({ min: 0, max: 1_000_000_000 }).map((cents) => cents / 100),
  source: fc.constantFrom<LeadSource>(...LEAD_SOURCES),
  sourceAsLabel: fc.boolean(),
  stage: fc.constantFrom(...STAGE_NAMES),
  expectedClose: fc.option(
    fc
      .date({
        min: new Date(Date.UTC(1990, 0, 1)),
        max: new Date(Date.UTC(2199, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
});

describe('export → import round trip (property)', () => {
  it('deals written with toCsv come back from parseCsv + guessMapping + mapRows unchanged', () => {
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 12 }), fc.boolean(), (deals, bom) => {
        const header = [
          'Title',
          'Company',
          'Contact',
          'Email',
          'Phone',
          'Value',
          'Source',
          'Stage',
          'Expected close',
        ];
        const rows = deals.map((d) => [
          d.title,
          d.company,
          d.contact,
          d.email,
          d.phone,
          d.value,
          d.sourceAsLabel ? LEAD_SOURCE_LABELS[d.source] : d.source,
          d.stage,
          d.expectedClose,
        ]);
        const bytes = new TextEncoder().encode(toCsv(header, rows, { bom }));
        const parsed = parseCsv(decodeCsvBytes(bytes).text);
        expect(parsed.errors).toEqual([]);
        const { mapping } = guessMapping(parsed.headers);
        const { candidates, rejects } = mapRows(parsed.rows, mapping, {
          ...OPTIONS,
          rowNumbers: parsed.rowNumbers,
        });
        expect(rejects).toEqual([]);
        expect(candidates).toEqual(
          deals.map((d, i) => ({
            row: i + 2,
            title: d.title,
            companyName: d.company,
            contactName: d.contact,
            email: d.email,
            phone: d.phone,
            jobTitle: '',
            value: d.value,
            source: d.source,
            stageId: STAGE_MAP[d.stage],
            expectedClose: d.expectedClose,
            industry: '',
            notes: '',
          })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
