/**
 * The Fieldline backup file: one versioned JSON document holding every table.
 *
 * ```
 * { format: 'fieldline-backup', version: 1, schemaVersion, exportedAt,
 *   counts: { deals: 12, ... }, tables: { deals: [...], ..., settings: [{ key, value }] } }
 * ```
 * `version` is the file layout (this module); `schemaVersion` is the database schema the
 * records follow (store/schema.ts). `counts` lets a reader spot a truncated or edited file.
 * Pure: no Dexie, no Node, no DOM.
 */
import { z } from 'zod';
import {
  Activity,
  Company,
  Contact,
  Deal,
  FollowUp,
  HandoffChecklist,
  Pipeline,
  Settings,
  StageHistoryEntry,
} from '../../model';
import { SCHEMA_VERSION, TABLE_NAMES, type TableName } from '../../store/schema';

export const BACKUP_FORMAT = 'fieldline-backup';
export const BACKUP_VERSION = 1;
/** Files larger than this are refused before parsing (a rep's data is a few MB). */
export const DEFAULT_MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export const SettingsRecord = z.object({ key: z.literal('settings'), value: Settings });
export type SettingsRecord = z.infer<typeof SettingsRecord>;

/** The schema every record of each table must satisfy. */
export const RECORD_SCHEMAS = {
  deals: Deal,
  companies: Company,
  contacts: Contact,
  activities: Activity,
  followUps: FollowUp,
  stageHistory: StageHistoryEntry,
  pipelines: Pipeline,
  handoffs: HandoffChecklist,
  settings: SettingsRecord,
} satisfies Record<TableName, z.ZodType>;

export type BackupTables = { [T in TableName]: z.infer<(typeof RECORD_SCHEMAS)[T]>[] };
export type BackupCounts = Record<TableName, number>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  schemaVersion: number;
  exportedAt: number;
  counts: BackupCounts;
  tables: BackupTables;
}

/** The primary key of each table's records (settings rows are keyed by `key`). */
export function recordKey(table: TableName, record: { id?: string; key?: string }): string {
  return (table === 'settings' ? record.key : record.id) ?? '';
}

export function countTables(tables: BackupTables): BackupCounts {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length])) as BackupCounts;
}

/** Wrap the tables as a backup file of the current format and schema. */
export function buildBackup(tables: BackupTables, exportedAt: number): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt,
    counts: countTables(tables),
    tables,
  };
}
