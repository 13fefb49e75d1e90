/** Test helper: read a CSV fixture from tests/fixtures/csv as bytes or decoded text. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeCsvBytes } from '../decode';
import { parseCsv, type ParsedCsv } from '../parse';

export function fixtureBytes(name: string): Uint8Array {
  const path = fileURLToPath(new URL(`../../../../../tests/fixtures/csv/${name}`, import.meta.url));
  return new Uint8Array(readFileSync(path));
}

export function parseFixture(name: string): ParsedCsv {
  return parseCsv(decodeCsvBytes(fixtureBytes(name)).text);
}
