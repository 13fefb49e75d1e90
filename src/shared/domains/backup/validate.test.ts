import { describe, expect, it } from 'vitest';
import { createDefaultPipeline, defaultSettings } from '../../engine';
import { generateSamplePipeline } from '../sample/generate';
import { SCHEMA_VERSION, type TableName } from '../../store/schema';
import { buildBackup, type BackupFile } from './format';
import { parseBackup } from './validate';

const NOW = 1_700_000_000_000;

function sampleBackup(count = 12): BackupFile {
  let n = 0;
  const newId = () => `id-${++n}`;
  const pipeline = createDefaultPipeline(newId, NOW);
  const settings = defaultSettings();
  const s = generateSamplePipeline({ count, seed: 7, pipeline, settings, now: NOW });
  return buildBackup(
    {
      deals: s.deals,
      companies: s.companies,
      contacts: s.contacts,
      activities: s.activities,
      followUps: s.followUps,
      stageHistory: s.history,
      pipelines: [pipeline],
      handoffs: [],
      settings: [{ key: 'settings', value: settings }],
    },
    NOW,
  );
}

/** A JSON copy of the sample that a test may edit freely. */
type Row = Record<string, unknown>;
function editable(): Row & { tables: Record<TableName | 'extra', Row[]>; counts: Record<TableName, number> } {
  return JSON.parse(JSON.stringify(sampleBackup()));
}

function expectError(text: string, ...fragments: string[]) {
  const result = parseBackup(text);
  expect(result.ok).toBe(false);
  if (!result.ok) for (const f of fragments) expect(result.error).toContain(f);
}

describe('parseBackup', () => {
  it('accepts an exported backup and returns the same data', () => {
    const backup = sampleBackup();
    const result = parseBackup(JSON.stringify(backup));
    expect(result).toEqual({ ok: true, backup });
  });

  it('refuses a file above the size limit before parsing it', () => {
    const text = JSON.stringify(sampleBackup());
    const result = parseBackup(text, { maxBytes: 1024 });
    expect(result).toEqual({
      ok: false,
      error: 'This backup cannot be restored: the file is larger than the 1 KB limit.',
    });
    expect(parseBackup(text, { maxBytes: Buffer.byteLength(text) }).ok).toBe(true);
  });

  it('counts multi-byte characters against the limit', () => {
    const backup = sampleBackup(1);
    backup.tables.deals[0]!.notes = 'é'.repeat(1000); // 2 bytes each
    const text = JSON.stringify(backup);
    const bytes = Buffer.byteLength(text);
    expect(bytes - text.length).toBeGreaterThanOrEqual(1000);
    expect(parseBackup(text, { maxBytes: bytes - 1 }).ok).toBe(false);
    expect(parseBackup(text, { maxBytes: bytes }).ok).toBe(true);
  });

  it('refuses empty, truncated and non-JSON text', () => {
    expectError('', 'empty');
    const text = JSON.stringify(sampleBackup());
    expectError(text.slice(0, Math.floor(text.length / 2)), 'not valid JSON', 'truncated');
    expectError('hello', 'not valid JSON');
    expectError('[1,2]', 'not a Fieldline backup');
  });

  it('refuses a __proto__ key anywhere', () => {
    const text = JSON.stringify(sampleBackup()).replace('"bant":{', `"bant":{"__proto__":{"polluted":true},`);
    expectError(text, `forbidden key "__proto__" (in tables.deals[`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['constructor', 'prototype'])(
    'treats a %s key as ordinary data (the store accepts it, so restore must), polluting nothing',
    (key) => {
      const doc = JSON.parse(JSON.stringify(sampleBackup())) as {
        tables: { deals: { mqlAnswers: Record<string, boolean> }[] };
      };
      doc.tables.deals[0]!.mqlAnswers = JSON.parse(`{"${key}":true}`) as Record<string, boolean>;
      const result = parseBackup(JSON.stringify(doc));
      expect(result.ok && Object.keys(result.backup.tables.deals[0]!.mqlAnswers)).toEqual([key]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses a top-level __proto__ key', () => {
    expectError(`{"__proto__":{"x":1},"format":"fieldline-backup"}`, 'forbidden key "__proto__"');
  });

  it('checks the format, file version and schema version', () => {
    const doc = editable();
    expectError(JSON.stringify({ ...doc, format: 'other' }), 'not a Fieldline backup');
    expectError(JSON.stringify({ ...doc, version: 2 }), 'newer version of Fieldline');
    expectError(
      JSON.stringify({ ...doc, schemaVersion: SCHEMA_VERSION + 1 }),
      'newer Fieldline',
      'update Fieldline',
    );
    expectError(JSON.stringify({ ...doc, schemaVersion: 0 }), 'schema 0 is not supported');
    expectError(JSON.stringify({ ...doc, exportedAt: 'yesterday' }), 'exportedAt');
  });

  it('names the table, record and field of an invalid record', () => {
    const doc = editable();
    const deal = doc.tables.deals[3]!;
    deal.value = -5;
    expectError(JSON.stringify(doc), 'deals: record 4 of 12', `id "${String(deal.id)}"`, 'field "value"');
  });

  it('validates every table, including settings', () => {
    const doc = editable();
    (doc.tables.settings[0]!.value as Record<string, unknown>).currency = 'EURO';
    expectError(JSON.stringify(doc), 'settings: record 1 of 1', 'value.currency');
    const doc2 = editable();
    doc2.tables.followUps[0]!.status = 'later';
    expectError(JSON.stringify(doc2), 'followUps: record 1', 'field "status"');
  });

  it('refuses missing and unknown tables', () => {
    const doc = editable();
    Reflect.deleteProperty(doc.tables, 'activities');
    expectError(JSON.stringify(doc), 'table "activities" is missing');
    const doc2 = editable();
    doc2.tables.extra = [];
    expectError(JSON.stringify(doc2), 'unknown table "extra"');
  });

  it('refuses counts that do not match (a removed record)', () => {
    const doc = editable();
    doc.tables.contacts.pop();
    expectError(JSON.stringify(doc), 'contacts: the file says', 'truncated or edited');
  });

  it('refuses duplicate ids', () => {
    const doc = editable();
    doc.tables.companies.push(doc.tables.companies[0]!);
    doc.counts.companies = doc.tables.companies.length;
    expectError(JSON.stringify(doc), 'companies: record', 'appears twice');
  });

  it('refuses a deal whose pipeline or stage does not exist', () => {
    const doc = editable();
    doc.tables.deals[0]!.pipelineId = 'nowhere';
    doc.tables.deals[1]!.stageId = 'no-such-stage';
    expectError(
      JSON.stringify(doc),
      'deals: record 1',
      'pipeline "nowhere" is not in the backup',
      'deals: record 2',
      'not a stage of its pipeline',
    );
  });

  it('requires exactly one settings record and at least one pipeline', () => {
    const doc = editable();
    doc.tables.settings = [];
    doc.counts.settings = 0;
    expectError(JSON.stringify(doc), 'exactly one settings record');
    const doc2 = editable();
    doc2.tables.pipelines = [];
    doc2.counts.pipelines = 0;
    expectError(JSON.stringify(doc2), 'the backup has no pipeline');
  });

  it('reports at most a few problems', () => {
    const doc = editable();
    for (const deal of doc.tables.deals) deal.title = '';
    const result = parseBackup(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.match(/deals: record/g)).toHaveLength(5);
      expect(result.error).toContain('and more');
    }
  });

  it('drops unknown extra fields on records', () => {
    const doc = editable();
    doc.tables.companies[0]!.surprise = 'x';
    const result = parseBackup(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.tables.companies[0]).not.toHaveProperty('surprise');
  });
});
