import { z } from 'zod';
import type { BackupFile } from './format';
import { command, query } from '../../rpc/define';
import { TABLE_NAMES } from '../../store/schema';

export const backupMethods = {
  /** Every table, read in one transaction, as a versioned backup document. */
  'backup.export': query(z.object({}), TABLE_NAMES).returns<BackupFile>(),
  /**
   * Replace ALL data with a backup file's text. The text is fully validated and staged
   * first; on any failure nothing changes (`invalid-input` with a plain message).
   */
  'backup.restore': command(z.object({ text: z.string() }), { writes: TABLE_NAMES }).returns<{
    counts: Record<string, number>;
  }>(),
  /**
   * The snapshot taken before this start upgraded the database schema (a backup document),
   * handed over once so main can write it as a backup; null when there was no upgrade.
   */
  'backup.takePreUpgrade': query(z.object({}), []).returns<{ text: string | null }>(),
};
