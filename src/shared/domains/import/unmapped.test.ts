import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { notesWithUnmapped, unmappedColumns } from './unmapped';

const headers = ['Deal Name', 'Notes', 'Notes (2)', 'Pipeline', 'Empty'];
const rows = [
  ['Rollout', 'First note', '', 'Sales', ''],
  ['Pilot', 'Other', 'Second\nline', '', ''],
];

describe('columns that will not be imported', () => {
  it('lists every column no field takes, with the first value found in it', () => {
    expect(unmappedColumns(headers, rows, { title: 0, notes: 1 })).toEqual([
      { column: 2, header: 'Notes (2)', sample: 'Second\nline' },
      { column: 3, header: 'Pipeline', sample: 'Sales' },
      { column: 4, header: 'Empty', sample: '' },
    ]);
  });

  it('keeps a row’s unmapped values in its notes, naming the source; empty values are left out', () => {
    const columns = unmappedColumns(headers, rows, { title: 0, notes: 1 });
    expect(notesWithUnmapped('First note', rows[0], columns, 'HubSpot')).toBe(
      'First note\n\nImported from HubSpot: Pipeline = Sales',
    );
    expect(notesWithUnmapped('', rows[1], columns, 'CSV')).toBe(
      'Imported from CSV: Notes (2) = Second\nline',
    );
    expect(notesWithUnmapped('Kept', ['x', '', '', '', ''], columns, 'CSV')).toBe('Kept');
  });

  it('every non-empty value of an unmapped column ends up in the notes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !s.trim().startsWith("'")),
          { minLength: 1, maxLength: 5 },
        ),
        (values) => {
          const hs = values.map((_, i) => `Column ${i + 1}`);
          const columns = unmappedColumns(hs, [values], {});
          const notes = notesWithUnmapped('', values, columns, 'CSV');
          for (const v of values) expect(notes).toContain(v.trim());
        },
      ),
    );
  });
});
