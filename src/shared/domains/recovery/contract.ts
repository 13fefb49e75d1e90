import { z } from 'zod';
import { command, query } from '../../rpc/define';

/**
 * Recovery: what the rep can do when the database cannot be opened. The same four methods
 * answer in both states (handlers.ts): with the database open they report it open and point
 * to the ordinary backup tools; in recovery mode (service.ts) they are the only methods that
 * work. They touch no table of the open database (a restore writes a NEW database).
 */
export const recoveryMethods = {
  /**
   * `reason` is null when the database is open; otherwise why it could not be opened.
   * `notice`: what the rep should hear about this start (e.g. rebuilt from the journal).
   */
  'recovery.status': query(z.object({}), []).returns<{
    reason: string | null;
    database: string;
    notice?: string | null;
  }>(),
  /** Try to open the database again (recovery mode only); `reason` null = it is open now. */
  'recovery.retry': command(z.object({}), { writes: [] }).returns<{ reason: string | null }>(),
  /**
   * Recovery mode: a backup-format JSON text of whatever can be read from the damaged
   * database, read-only; `skipped` says which tables or records could not be read.
   */
  'recovery.exportReadable': query(z.object({}), []).returns<{
    text: string;
    counts: Record<string, number>;
    skipped: string[];
  }>(),
  /**
   * Recovery mode: validate a backup file's text and write it into a NEW database, which
   * becomes the active one. The damaged database is never written to or deleted.
   */
  'recovery.restore': command(z.object({ text: z.string() }), { writes: [] }).returns<{
    database: string;
    counts: Record<string, number>;
  }>(),
};
