import { describe, expect, it } from 'vitest';
import { findDuplicates, inFileDuplicateRow } from './duplicates';
import { makeCandidate } from './testing/candidate';

const candidate = makeCandidate;

const existing = [
  { id: 'd-1', email: 'Jane@Acme.example', companyName: 'Acme', title: 'Pilot' },
  { id: 'd-2', email: '', companyName: 'Globex ', title: ' Renewal  2026' },
];

describe('findDuplicates', () => {
  it('matches existing deals by e-mail (case-insensitive) or company + title (trimmed, case/space-insensitive)', () => {
    const result = findDuplicates(
      [
        candidate(2, { email: 'jane@ACME.example', title: 'Other', companyName: 'Other' }),
        candidate(3, { companyName: 'globex', title: 'renewal 2026' }),
        candidate(4, { companyName: 'Acme', title: 'Something else', email: 'new@acme.example' }),
        candidate(5, { companyName: '', title: 'Pilot' }),
      ],
      existing,
    );
    expect([...result]).toEqual([
      [2, 'd-1'],
      [3, 'd-2'],
    ]);
  });

  it('flags repeats within the file as row:<earlier row>', () => {
    const result = findDuplicates(
      [
        candidate(2, { email: 'a@x.example', companyName: 'X', title: 'One' }),
        candidate(3, { email: 'A@x.example', companyName: 'Y', title: 'Two' }),
        candidate(4, { email: '', companyName: 'x ', title: 'ONE' }),
        candidate(5, { email: '', companyName: '', title: 'Demo request' }),
        candidate(6, { email: '', companyName: '', title: 'Demo request' }),
      ],
      [],
    );
    expect([...result]).toEqual([
      [3, 'row:2'],
      [4, 'row:2'],
    ]);
    expect(inFileDuplicateRow('row:2')).toBe(2);
    expect(inFileDuplicateRow('d-1')).toBeNull();
  });

  it('prefers an existing deal over an earlier row', () => {
    const result = findDuplicates(
      [candidate(2, { email: 'jane@acme.example' }), candidate(3, { email: 'jane@acme.example' })],
      existing,
    );
    expect([...result]).toEqual([
      [2, 'd-1'],
      [3, 'd-1'],
    ]);
  });
});
