import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previousSchema } from '../../bench/upgrade.mjs';
import * as schema from '../../../src/shared/store/schema';

const root = path.resolve(__dirname, '../../..');

describe('the bench’s schema upgrade helper', () => {
  it('reads the previous version’s tables from schema.ts as Dexie composes them (entries over several lines included)', () => {
    const { current, previous, tables } = previousSchema(root);
    expect(current).toBe(schema.DB_VERSION);
    expect(previous).toBe(schema.DB_VERSION - 1);
    const adds: Record<string, unknown> = schema;
    let expected: Record<string, unknown> = { ...schema.SCHEMA_V1 };
    for (let v = 2; v < schema.DB_VERSION; v++)
      expected = { ...expected, ...(adds[`SCHEMA_V${v}_ADDS`] as object) };
    expect(tables).toEqual(expected);
  });
});
