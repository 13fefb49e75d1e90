/** Test helper: an import candidate (one mapped row) with test defaults, overridden by `over`. */
import type { ImportCandidate } from '../fields';

export function makeCandidate(row: number, over: Partial<ImportCandidate> = {}): ImportCandidate {
  return {
    row,
    title: 'T',
    companyName: '',
    contactName: '',
    email: '',
    phone: '',
    jobTitle: '',
    value: 0,
    source: 'event',
    stageId: 's',
    expectedClose: null,
    industry: '',
    notes: '',
    ...over,
  };
}
