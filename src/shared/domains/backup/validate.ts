/**
 * Validating a backup file before anything is restored from it. Every check is done on
 * the text alone; the store is touched only once `parseBackup` said ok. Errors are plain
 * sentences that name the table, the record (1-based, with its id) and what is wrong.
 */
import type { z } from 'zod';
import { SCHEMA_VERSION, TABLE_NAMES, type TableName } from '../../store/schema';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  DEFAULT_MAX_BACKUP_BYTES,
  RECORD_SCHEMAS,
  countTables,
  recordKey,
  type BackupFile,
  type BackupTables,
} from './format';
import { exceedsBytes, findForbiddenKey, formatBytes, parseJson } from './safeJson';

export type ParseBackupResult = { ok: true; backup: BackupFile } | { ok: false; error: string };

export interface ParseBackupOptions {
  maxBytes?: number;
}

/** Stop collecting after this many problems: the first few say enough. */
const MAX_PROBLEMS = 5;

class Problems {
  readonly list: string[] = [];
  private more = false;
  add(problem: string) {
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
    else this.more = true;
  }
  /** Enough was found: stop looking. */
  get full() {
    return this.more;
  }
  message(): string {
    return `This backup cannot be restored: ${this.list.join('; ')}${this.more ? '; and more' : ''}.`;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function describeRecord(table: TableName, index: number, total: number, record: unknown): string {
  const key = isObject(record) ? recordKey(table, record as { id?: string; key?: string }) : '';
  const id = typeof key === 'string' && key ? ` (id "${key.slice(0, 64)}")` : '';
  return `${table}: record ${index + 1} of ${total}${id}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? `field "${issue.path.map(String).join('.')}"` : 'the record';
  return `${field} is invalid (${issue.message})`;
}

function checkHeader(doc: Record<string, unknown>, problems: Problems) {
  if (doc.format !== BACKUP_FORMAT) {
    problems.add('it is not a Fieldline backup file (the "format" field is missing or wrong)');
    return;
  }
  if (typeof doc.version !== 'number' || doc.version > BACKUP_VERSION) {
    problems.add(
      `it was written by a newer version of Fieldline (file version ${String(doc.version)}); update Fieldline to restore it`,
    );
  } else if (doc.version !== BACKUP_VERSION) problems.add(`its file version ${doc.version} is not supported`);
  const schema = doc.schemaVersion;
  if (typeof schema !== 'number' || !Number.isInteger(schema)) problems.add('its "schemaVersion" is missing');
  else if (schema > SCHEMA_VERSION) {
    problems.add(
      `it holds data of a newer Fieldline (database schema ${schema}); update Fieldline to restore it`,
    );
  } else if (schema !== SCHEMA_VERSION) problems.add(`its database schema ${schema} is not supported`);
  if (typeof doc.exportedAt !== 'number' || !Number.isInteger(doc.exportedAt) || doc.exportedAt < 0) {
    problems.add('its "exportedAt" time is missing or invalid');
  }
}

/** Validate every record of every table; returns the parsed (clean) tables. */
function checkTables(raw: Record<string, unknown>, problems: Problems): BackupTables | null {
  for (const name of Object.keys(raw)) {
    if (!(TABLE_NAMES as string[]).includes(name)) problems.add(`it has an unknown table "${name}"`);
  }
  const tables: Partial<Record<TableName, unknown[]>> = {};
  for (const table of TABLE_NAMES) {
    const rows = raw[table];
    if (!Array.isArray(rows)) {
      problems.add(`the table "${table}" is missing`);
      continue;
    }
    const schema: z.ZodType = RECORD_SCHEMAS[table];
    const clean: unknown[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < rows.length && !problems.full; i++) {
      const result = schema.safeParse(rows[i]);
      if (!result.success) {
        problems.add(
          `${describeRecord(table, i, rows.length, rows[i])}: ${describeIssue(result.error.issues[0]!)}`,
        );
        continue;
      }
      const key = recordKey(table, result.data as { id?: string; key?: string });
      if (seen.has(key))
        problems.add(`${describeRecord(table, i, rows.length, rows[i])}: the id appears twice`);
      seen.add(key);
      clean.push(result.data);
    }
    tables[table] = clean;
  }
  return problems.list.length ? null : (tables as BackupTables);
}

function checkCounts(rawCounts: unknown, tables: BackupTables, problems: Problems) {
  if (!isObject(rawCounts)) {
    problems.add('its record counts are missing');
    return;
  }
  const actual = countTables(tables);
  for (const table of TABLE_NAMES) {
    if (rawCounts[table] !== actual[table]) {
      problems.add(
        `${table}: the file says ${String(rawCounts[table])} records but holds ${actual[table]} (it may be truncated or edited)`,
      );
    }
  }
}

/** Links the store relies on: every deal sits in an existing pipeline and stage. */
function checkReferences(tables: BackupTables, problems: Problems) {
  if (tables.settings.length !== 1)
    problems.add(`settings: expected exactly one settings record, found ${tables.settings.length}`);
  if (tables.pipelines.length === 0) problems.add('pipelines: the backup has no pipeline');
  const stages = new Map(tables.pipelines.map((p) => [p.id, new Set(p.stages.map((s) => s.id))]));
  tables.deals.forEach((deal, i) => {
    if (problems.full) return;
    const where = describeRecord('deals', i, tables.deals.length, deal);
    const pipelineStages = stages.get(deal.pipelineId);
    if (!pipelineStages) problems.add(`${where}: its pipeline "${deal.pipelineId}" is not in the backup`);
    else if (!pipelineStages.has(deal.stageId))
      problems.add(`${where}: its stage "${deal.stageId}" is not a stage of its pipeline`);
  });
  const handoffDeals = new Set<string>();
  tables.handoffs.forEach((h, i) => {
    if (handoffDeals.has(h.dealId)) {
      problems.add(
        `${describeRecord('handoffs', i, tables.handoffs.length, h)}: deal "${h.dealId}" has a second handoff checklist`,
      );
    }
    handoffDeals.add(h.dealId);
  });
}

/** Parse and fully validate a backup file's text. Never throws. */
export function parseBackup(text: string, opts: ParseBackupOptions = {}): ParseBackupResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  const fail = (reason: string): ParseBackupResult => ({
    ok: false,
    error: `This backup cannot be restored: ${reason}.`,
  });
  if (typeof text !== 'string') return fail('it is not text');
  if (exceedsBytes(text, maxBytes)) return fail(`the file is larger than the ${formatBytes(maxBytes)} limit`);
  if (text.trim() === '') return fail('the file is empty');
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.error);
  const forbidden = findForbiddenKey(parsed.value);
  if (forbidden) {
    const where = forbidden.at ? ` (in ${forbidden.at})` : '';
    return fail(
      `it contains the forbidden key "${forbidden.key}"${where}, which is never valid in Fieldline data`,
    );
  }
  const doc = parsed.value;
  if (!isObject(doc)) return fail('it is not a Fieldline backup file');

  const problems = new Problems();
  checkHeader(doc, problems);
  if (problems.list.length) return { ok: false, error: problems.message() };
  if (!isObject(doc.tables)) return fail('its tables are missing');
  const tables = checkTables(doc.tables, problems);
  if (!tables) return { ok: false, error: problems.message() };
  checkCounts(doc.counts, tables, problems);
  checkReferences(tables, problems);
  if (problems.list.length) return { ok: false, error: problems.message() };
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: doc.schemaVersion as number,
      exportedAt: doc.exportedAt as number,
      counts: countTables(tables),
      tables,
    },
  };
}
