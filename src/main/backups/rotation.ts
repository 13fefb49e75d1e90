/**
 * Which automatic backups to delete, and which ones to flag. Pure.
 *
 * Rotation (stated to the rep in Settings → Backups, `ROTATION_SUMMARY`):
 * - the newest 3 are always kept, whatever their age or size;
 * - of the last 24 hours, the newest backup of each hour; of the last 10 days, the newest of
 *   each day; nothing older;
 * - all together at most 512 MB: past that the hourly copies go first, then the daily ones,
 *   oldest first (never the newest 3), so a large database keeps its day-by-day history;
 * - a backup much smaller than the one before it (under half its size: data vanished, or the
 *   database came back empty) is a SHRINK. The backup before it — the last state with that
 *   data — is kept whatever its age and the size limit, beside the newer ones, and the rep is
 *   told (`flagShrinks`). A rep who really deleted data can remove the old copy by hand.
 * Backups dated in the future (the clock was changed) count as recent and are kept.
 */

export { ROTATION_SUMMARY } from '../../shared/domains/backup/rotationPolicy';

export interface RotationPolicy {
  keepAtLeast: number;
  hourlyForHours: number;
  dailyForDays: number;
  maxTotalBytes: number;
  /** A backup smaller than this fraction of the previous one is a shrink. */
  shrinkRatio: number;
  /** Shrinks below this previous size are ignored (a tiny database growing and shrinking is noise). */
  shrinkMinBytes: number;
}

export const DEFAULT_ROTATION: RotationPolicy = {
  keepAtLeast: 3,
  hourlyForHours: 24,
  dailyForDays: 10,
  maxTotalBytes: 512 * 1024 ** 2,
  shrinkRatio: 0.5,
  shrinkMinBytes: 16 * 1024,
};

const HOUR = 3_600_000;
const DAY = 86_400_000;

interface Entry {
  file: string;
  createdAt: number;
  size: number;
}

const newestFirst = <T extends Entry>(entries: readonly T[]) =>
  [...entries].sort((a, b) => b.createdAt - a.createdAt || b.file.localeCompare(a.file));

/** For each backup: is it a shrink (much smaller than the one before), and is it the last state before a shrink? */
export function flagShrinks<T extends Entry>(
  entries: readonly T[],
  policy: RotationPolicy = DEFAULT_ROTATION,
): (T & { shrunk: boolean; beforeShrink: boolean })[] {
  const oldestFirst = newestFirst(entries).reverse();
  const flagged = oldestFirst.map((entry) => ({ ...entry, shrunk: false, beforeShrink: false }));
  for (let i = 1; i < flagged.length; i++) {
    const previous = flagged[i - 1]!;
    const current = flagged[i]!;
    if (previous.size >= policy.shrinkMinBytes && current.size < previous.size * policy.shrinkRatio) {
      current.shrunk = true;
      previous.beforeShrink = true;
    }
  }
  return flagged.reverse();
}

/** Local hour / day buckets (as the rep reads the dates). */
const hourKey = (at: number) => Math.floor(at / HOUR);
const dayKey = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
};

type KeptBecause = 'fixed' | 'daily' | 'hourly';

export function selectForDeletion<T extends Entry>(
  entries: readonly T[],
  now: number,
  policy: RotationPolicy = DEFAULT_ROTATION,
): T[] {
  const flagged = flagShrinks(entries, policy);
  const protectedFiles = new Set(flagged.filter((e) => e.beforeShrink).map((e) => e.file));
  const sorted = newestFirst(entries);
  const kept = new Map<T, KeptBecause>();
  const hours = new Set<number>();
  const days = new Set<string>();
  sorted.forEach((entry, index) => {
    const age = now - entry.createdAt;
    const newestOfHour = !hours.has(hourKey(entry.createdAt));
    const newestOfDay = !days.has(dayKey(entry.createdAt));
    hours.add(hourKey(entry.createdAt));
    days.add(dayKey(entry.createdAt));
    if (index < policy.keepAtLeast || protectedFiles.has(entry.file)) kept.set(entry, 'fixed');
    else if (age < 0 || (newestOfDay && age < policy.dailyForDays * DAY))
      kept.set(entry, 'daily'); // future-dated: the clock was changed
    else if (newestOfHour && age < policy.hourlyForHours * HOUR) kept.set(entry, 'hourly');
  });
  // The size limit: thin the hourly copies first, then the daily ones, oldest first each time;
  // never the newest few, never a pre-shrink state.
  let total = [...kept.keys()].reduce((sum, e) => sum + e.size, 0);
  for (const tier of ['hourly', 'daily'] as const) {
    for (const entry of [...sorted].reverse()) {
      if (total <= policy.maxTotalBytes) break;
      if (kept.get(entry) !== tier) continue;
      kept.delete(entry);
      total -= entry.size;
    }
  }
  return sorted.filter((entry) => !kept.has(entry));
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
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new Date(year, month - 1, day, hour, minute, second);
  if (at.getMonth() !== month - 1 || at.getDate() !== day) return null; // e.g. 20250231
  // A sequence number orders backups taken within the same second.
  return at.getTime() + Math.min(Number(m[7] ?? 1) - 1, 999);
}
