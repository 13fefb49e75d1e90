/**
 * Which automatic backups to delete. Pure.
 *
 * Rotation: keep every backup from the last 10 days, and always keep at least the newest
 * 3 whatever their age (so a rep back from a long holiday still has recent copies).
 * Everything else goes. Backups dated in the future (the clock was changed) count as
 * recent and are kept.
 */

export interface RotationPolicy {
  keepDays: number;
  keepAtLeast: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepDays: 10, keepAtLeast: 3 };

const DAY = 86_400_000;

export function selectForDeletion<T extends { file: string; createdAt: number }>(
  entries: readonly T[],
  now: number,
  policy: RotationPolicy = DEFAULT_ROTATION,
): T[] {
  const cutoff = now - policy.keepDays * DAY;
  const newestFirst = [...entries].sort((a, b) => b.createdAt - a.createdAt || b.file.localeCompare(a.file));
  return newestFirst.filter((entry, index) => index >= policy.keepAtLeast && entry.createdAt < cutoff);
}

/** Backup file names: `fieldline-YYYYMMDD-HHMMSS.json`, `-2`, `-3`… when a second repeats. */
const NAME = /^fieldline-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,4}))?\.json$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The file name for a backup taken at `at` (local time, as the rep reads it). */
export function backupName(at: number, sequence = 1): string {
  const d = new Date(at);
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `fieldline-${stamp}${sequence > 1 ? `-${sequence}` : ''}.json`;
}

/** When a backup named by `backupName` was taken, or null for any other file name. */
export function parseBackupName(name: string): number | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const at = new Date(year, month - 1, day, hour, minute, second);
  if (at.getMonth() !== month - 1 || at.getDate() !== day) return null; // e.g. 20250231
  // A sequence number orders backups taken within the same second.
  return at.getTime() + Math.min(Number(m[7] ?? 1) - 1, 999);
}
