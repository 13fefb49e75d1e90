/**
 * Automatic backups of the store into a folder main chooses (userData/backups), and
 * restore from any backup file. See schedule.ts (when), writer.ts (how a file is written
 * and verified) and rotation.ts (what is kept). No Electron import: main passes `dir`.
 */
import { errorText } from '../../shared/errorText';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_BACKUP_BYTES } from '../../shared/domains/backup/format';
import { formatBytes } from '../../shared/domains/backup/safeJson';
import type { RpcClient } from '../../shared/rpc/client';
import { backupName, flagShrinks, parseBackupName, selectForDeletion } from './rotation';
import { createBackupSchedule, type ScheduleTimers } from './schedule';
import { TEMP_SUFFIX } from '../atomicWrite';
import { CHECKSUM_SUFFIX, verifyBackup, writeBackupAtomic, type BackupFs } from './writer';

export interface BackupsDeps {
  client: RpcClient;
  dir: string;
  fs?: BackupFs;
  clock?: { now(): number };
  timers?: ScheduleTimers;
  log?: (message: string, error?: unknown) => void;
  /** Larger files are refused by restore before being read. Default 200 MB. */
  maxRestoreBytes?: number;
}

import type { BackupEntry, RestoreResult } from '../../shared/bridge/contract';

export interface Backups {
  backupNow(): Promise<{ file: string }>;
  /** The backups in `dir`, newest first. */
  list(): Promise<BackupEntry[]>;
  /** Restore from `file` (a listed backup or one the rep picked). Never throws. */
  restore(file: string): Promise<RestoreResult>;
  /** Call before a database schema upgrade. */
  beforeSchemaUpgrade(): Promise<{ file: string }>;
  /** Quitting: takes the pending backup (if the data changed since the last one); never rejects. */
  flush(): Promise<void>;
  stop(): void;
}

const systemTimers: ScheduleTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const errorMessage = (error: unknown) => errorText(error);

export function startBackups(deps: BackupsDeps): Backups {
  const { client, dir } = deps;
  const fs: BackupFs = deps.fs ?? nodeFs;
  const clock = deps.clock ?? { now: () => Date.now() };
  const maxBytes = deps.maxRestoreBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  const log =
    deps.log ?? ((message: string, error?: unknown) => console.error(`[backups] ${message}`, error ?? ''));

  async function list(): Promise<BackupEntry[]> {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if ((error as { code?: string } | null)?.code === 'ENOENT') return [];
      throw error;
    }
    const entries: { file: string; createdAt: number; size: number }[] = [];
    for (const name of names) {
      const createdAt = parseBackupName(name);
      if (createdAt === null) continue;
      const { size } = await fs.stat(path.join(dir, name));
      entries.push({ file: path.join(dir, name), createdAt, size });
    }
    return flagShrinks(entries);
  }

  /** Apply the rotation, then remove leftovers of interrupted writes (ours only). */
  async function rotate(justWritten: string) {
    const entries = await list();
    for (const old of selectForDeletion(entries, clock.now())) {
      if (old.file === justWritten) continue;
      await fs.rm(`${old.file}${CHECKSUM_SUFFIX}`, { force: true });
      await fs.rm(old.file, { force: true });
    }
    const names = new Set(await fs.readdir(dir));
    for (const name of names) {
      const base = name.endsWith(TEMP_SUFFIX) ? name.slice(0, -TEMP_SUFFIX.length) : name;
      const backup = base.endsWith(CHECKSUM_SUFFIX) ? base.slice(0, -CHECKSUM_SUFFIX.length) : base;
      if (parseBackupName(backup) === null) continue;
      const stale = name.endsWith(TEMP_SUFFIX) || (name.endsWith(CHECKSUM_SUFFIX) && !names.has(backup));
      if (stale) await fs.rm(path.join(dir, name), { force: true });
    }
  }

  async function writeBackup(text: string, at: number): Promise<{ file: string }> {
    await fs.mkdir(dir, { recursive: true });
    const existing = new Set(await fs.readdir(dir));
    let sequence = 1;
    while (existing.has(backupName(at, sequence))) sequence++;
    const { file } = await writeBackupAtomic(fs, dir, backupName(at, sequence), text);
    await rotate(file).catch((error: unknown) => log('could not rotate old backups', error));
    return { file };
  }

  async function takeBackup(): Promise<{ file: string }> {
    const backup = await client.call('backup.export', {});
    return writeBackup(JSON.stringify(backup), backup.exportedAt);
  }

  /** If this start upgraded the schema, save what the database held before, first of all. */
  async function savePreUpgradeSnapshot(): Promise<void> {
    try {
      const { text } = await client.call('backup.takePreUpgrade', {});
      if (text) await writeBackup(text, clock.now() - 1000);
    } catch (error) {
      log('could not save the backup taken before the schema upgrade', error);
    }
  }

  const schedule = createBackupSchedule({ clock, timers: deps.timers ?? systemTimers, run: takeBackup, log });
  const stopListening = client.on('store.changed', (event) => {
    // Silent bookkeeping (a reminder claimed as shown) is no reason for a new backup.
    if (!event.silent) schedule.markDirty();
  });
  void savePreUpgradeSnapshot().finally(() => void schedule.start());

  async function restore(file: string): Promise<RestoreResult> {
    const name = path.basename(file);
    const refuse = (why: string) => ({
      restored: false,
      message: `${why} Nothing was restored; your data is unchanged.`,
    });
    let text: string;
    try {
      const { size } = await fs.stat(file);
      if (size > maxBytes)
        return refuse(
          `"${name}" is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} a backup can be.`,
        );
      const verified = await verifyBackup(fs, file);
      if (verified.status === 'mismatch') {
        return refuse(
          `"${name}" does not match its checksum file: it was changed or damaged after it was written.`,
        );
      }
      text = verified.text;
    } catch (error) {
      return refuse(`"${name}" could not be read (${errorMessage(error)}).`);
    }
    let safety: string;
    try {
      safety = path.basename((await schedule.runNow()).file);
    } catch (error) {
      return refuse(`Your current data could not be backed up first (${errorMessage(error)}).`);
    }
    try {
      const { counts } = await client.call('backup.restore', { text });
      return {
        restored: true,
        message: `Restored ${counts.deals ?? 0} deals and ${counts.followUps ?? 0} follow-ups from "${name}". Your data from before is kept in "${safety}".`,
      };
    } catch (error) {
      return refuse(errorMessage(error));
    }
  }

  return {
    backupNow: () => schedule.runNow(),
    list,
    restore,
    beforeSchemaUpgrade: () => schedule.beforeSchemaUpgrade(),
    flush: () => schedule.flush(),
    stop() {
      schedule.stop();
      stopListening();
    },
  };
}
