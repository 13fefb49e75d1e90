import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../../shared/domains/import/testing/fixtures';
import { parseCsvFile } from './parseFile';

const buffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('parseCsvFile', () => {
  it('detects the encoding and delimiter, and reports its phases', () => {
    const phases: string[] = [];
    const parsed = parseCsvFile({ bytes: buffer(fixtureBytes('semicolon.csv')) }, (p) => phases.push(p));
    expect(parsed.delimiter).toBe(';');
    expect(parsed.encoding).toBe('utf-8');
    expect(phases).toEqual(['decoding', 'parsing']);
  });

  it('an override of encoding and delimiter wins', () => {
    const parsed = parseCsvFile({ bytes: buffer(fixtureBytes('windows-1252.csv')) });
    expect(parsed.encoding).toBe('windows-1252');
    const forced = parseCsvFile({
      bytes: buffer(fixtureBytes('semicolon.csv')),
      delimiter: ',',
      encoding: 'windows-1252',
    });
    expect(forced.delimiter).toBe(',');
    expect(forced.encoding).toBe('windows-1252');
    expect(forced.headers).toHaveLength(1);
  });
});
