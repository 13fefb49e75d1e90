import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupName,
  DEFAULT_ROTATION,
  flagShrinks,
  parseBackupName,
  ROTATION_SUMMARY,
  selectForDeletion,
} from '../../../src/main/backups/rotation';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = new Date(2025, 5, 15, 12, 0, 0).getTime();
const MB = 1024 * 1024;

const entry = (agoMs: number, size = MB, file = `b${agoMs / MIN}m`) => ({
  file,
  createdAt: NOW - agoMs,
  size,
});
const gone = (entries: ReturnType<typeof entry>[], now = NOW, policy = DEFAULT_ROTATION) =>
  selectForDeletion(entries, now, policy)
    .map((e) => e.file)
    .sort();

describe('selectForDeletion', () => {
  it('keeps the newest 3, then the newest of each hour of the last day', () => {
    // Every 15 minutes for the last 3 hours: 12:00, 11:45 … 09:15.
    const entries = Array.from({ length: 12 }, (_, i) => entry(i * 15 * MIN));
    // Newest 3: 0, 15, 30 min ago. Hour buckets (12:xx, 11:xx, 10:xx, 09:xx): newest of each kept.
    // 12:00 (0), 11:45 (15, newest-3), 11:30 (30, newest-3), 11:15 (45) → 11:xx already kept → gone;
    // 11:00 (60) → gone; 10:45 (75) newest of 10:xx → kept; 10:30, 10:15, 10:00 → gone; 09:45 (135) kept; 09:30, 09:15 → gone.
    expect(gone(entries)).toEqual(['b105m', 'b120m', 'b150m', 'b165m', 'b45m', 'b60m', 'b90m'].sort());
  });

  it('keeps the newest of each day for 10 days, and nothing older (but the newest 3)', () => {
    const entries = [0, 1, 2]
      .map((d) => entry(d * MIN))
      .concat([1, 1.1, 5, 9, 10.5, 30].map((d) => entry(d * DAY, MB, `d${d}`)));
    // d1 (11 June 12:00) and d1.1 (11 June 09:36) share a day: the newer stays. d10.5 and d30 are too old.
    expect(gone(entries)).toEqual(['d1.1', 'd10.5', 'd30']);
  });

  it('always keeps the newest 3, however old; deletes nothing when there are 3 or fewer', () => {
    const entries = [40, 50, 60, 70, 80].map((d) => entry(d * DAY, MB, `d${d}`));
    expect(gone(entries)).toEqual(['d70', 'd80']);
    expect(gone(entries.slice(0, 3))).toEqual([]);
    expect(gone([])).toEqual([]);
  });

  it('keeps backups dated in the future (clock changed)', () => {
    const entries = [-3, -2, 20, 30, 40].map((d) => entry(d * DAY, MB, `d${d}`));
    expect(gone(entries)).toEqual(['d30', 'd40']);
  });

  it('bounds the total size: the oldest go first, never the newest 3', () => {
    // A 10,000-deal database (40 MB) backed up once a day for ten days: 400 MB; limit 150 MB.
    const policy = { ...DEFAULT_ROTATION, maxTotalBytes: 150 * MB };
    const entries = Array.from({ length: 10 }, (_, d) => entry(d * DAY, 40 * MB, `d${d}`));
    expect(gone(entries, NOW, policy)).toEqual(['d3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9']);
    // Even when the newest 3 alone are over the limit, they stay.
    expect(gone(entries.slice(0, 4), NOW, { ...policy, maxTotalBytes: 10 * MB })).toEqual(['d3']);
  });

  it('a 10,000-deal database (40 MB) backed up every 15 minutes for 30 days stays under 512 MB, with a copy of each recent day', () => {
    let files: ReturnType<typeof entry>[] = [];
    let largest = 0;
    const start = NOW - 30 * DAY;
    for (let at = start, i = 0; at <= NOW; at += 15 * MIN, i++) {
      files.push({ file: `b${i}`, createdAt: at, size: 40 * MB });
      const deleted = new Set(selectForDeletion(files, at));
      files = files.filter((f) => !deleted.has(f));
      largest = Math.max(
        largest,
        files.reduce((sum, f) => sum + f.size, 0),
      );
    }
    expect(largest).toBeLessThanOrEqual(512 * MB); // 12 × 40 MB = 480 MB
    // Hourly copies went first: the newest 3, then one per day back to 9 days ago.
    const daysAgo = files.map((f) => Math.round((NOW - f.createdAt) / DAY)).sort((a, b) => a - b);
    expect(daysAgo).toEqual([0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('past the size limit, thins hourly copies before daily ones, and a day keeps its newest copy', () => {
    // Newest 3 at 12:00, 11:00, 10:00; then 09:00 and 08:00 today, 23:00 and 22:00 yesterday, noon 2 days ago.
    const entries = [0, 1, 2, 3, 4, 13, 14, 48].map((h) => entry(h * HOUR, 10 * MB, `h${h}`));
    const policy = { ...DEFAULT_ROTATION, maxTotalBytes: 60 * MB };
    // Kept without a limit: all 8 (80 MB). Daily: h13 (14 June 23:00), h48 (13 June 12:00).
    // Hourly-only: h3, h4, h14. Over by 20 MB → h14 then h4 go (oldest hourly first); h13 and h48 stay.
    expect(gone(entries, NOW, { ...policy, maxTotalBytes: 1000 * MB })).toEqual([]);
    expect(gone(entries, NOW, policy)).toEqual(['h14', 'h4']);
    // Tighter: every hourly copy goes, then the oldest daily one.
    expect(gone(entries, NOW, { ...policy, maxTotalBytes: 45 * MB })).toEqual(['h14', 'h3', 'h4', 'h48']);
  });

  it('past the size limit, a backup dated in the future (clock changed) beyond the newest 3 can go too', () => {
    // Newest 3 by date: 4, 3 and 2 hours in the future; 1 hour in the future is optional; now is 10 MB.
    const entries = [-4, -3, -2, -1]
      .map((h) => entry(h * HOUR, 1, `f${-h}`))
      .concat(entry(0, 10 * MB, 'now'));
    expect(gone(entries)).toEqual([]);
    expect(gone(entries, NOW, { ...DEFAULT_ROTATION, maxTotalBytes: 10 * MB + 3 })).toEqual(['f1']);
  });

  it('the sentence Settings → Backups shows states the numbers the rotation applies', () => {
    const p = DEFAULT_ROTATION;
    expect(ROTATION_SUMMARY).toContain(`newest ${p.keepAtLeast} backups`);
    expect(ROTATION_SUMMARY).toContain(`last ${p.dailyForDays} days`);
    expect(p.hourlyForHours).toBe(24);
    expect(ROTATION_SUMMARY).toContain('one per hour for the last day');
    expect(ROTATION_SUMMARY).toContain(`at most ${p.maxTotalBytes / MB} MB in all`);
  });

  it('a backup much smaller than the one before keeps that earlier one beside the newer ones, whatever its age', () => {
    // 40 days ago: 5 MB of data; then the database comes back nearly empty: four small backups since.
    const entries = [
      entry(40 * DAY, 5 * MB, 'full'),
      ...[0, 1, 2, 3].map((d) => entry(d * DAY, 20 * 1024, `empty${d}`)),
    ];
    const flags = flagShrinks(entries);
    expect(flags.find((e) => e.file === 'empty3')).toMatchObject({ shrunk: true });
    expect(flags.find((e) => e.file === 'full')).toMatchObject({ beforeShrink: true, shrunk: false });
    expect(flags.filter((e) => e.shrunk).map((e) => e.file)).toEqual(['empty3']);
    expect(gone(entries)).toEqual([]);
    // …also past the size limit: the oldest small one goes, the pre-shrink state stays.
    expect(gone(entries, NOW, { ...DEFAULT_ROTATION, maxTotalBytes: MB })).toEqual(['empty3']);
  });

  it('ignores shrinks of a tiny database (noise) and ordinary growth', () => {
    const flags = flagShrinks([
      entry(2 * DAY, 10 * 1024, 'a'),
      entry(DAY, 2 * 1024, 'b'),
      entry(0, 3 * MB, 'c'),
    ]);
    expect(flags.some((e) => e.shrunk || e.beforeShrink)).toBe(false);
  });

  it('property: keeps the newest 3 and every pre-shrink state, at most one per hour/day beyond them, within the size limit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            age: fc.integer({ min: -HOUR, max: 40 * DAY }),
            size: fc.integer({ min: 1, max: 50 * MB }),
          }),
          { maxLength: 60, selector: (e) => e.age },
        ),
        fc.integer({ min: 10 * MB, max: 500 * MB }),
        (specs, maxTotalBytes) => {
          const policy = { ...DEFAULT_ROTATION, maxTotalBytes };
          const entries = specs.map((s, i) => ({ file: `f${i}`, createdAt: NOW - s.age, size: s.size }));
          const deleted = new Set(selectForDeletion(entries, NOW, policy).map((e) => e.file));
          const newest = [...entries].sort((a, b) => b.createdAt - a.createdAt);
          const protectedFiles = new Set([
            ...newest.slice(0, 3).map((e) => e.file),
            ...flagShrinks(entries, policy)
              .filter((e) => e.beforeShrink)
              .map((e) => e.file),
          ]);
          for (const file of protectedFiles) expect(deleted.has(file)).toBe(false);
          const kept = entries.filter((e) => !deleted.has(e.file));
          for (const e of kept)
            if (!protectedFiles.has(e.file)) expect(NOW - e.createdAt).toBeLessThan(10 * DAY);
          const optional = kept.filter((e) => !protectedFiles.has(e.file));
          if (optional.length > 0)
            expect(kept.reduce((sum, e) => sum + e.size, 0)).toBeLessThanOrEqual(maxTotalBytes);
          const lastDay = optional
            .filter((e) => e.createdAt <= NOW && NOW - e.createdAt < DAY)
            .map((e) => Math.floor(e.createdAt / HOUR));
          expect(new Set(lastDay).size).toBe(lastDay.length);
        },
      ),
    );
  });
});

describe('backup file names', () => {
  it('round-trips the time to the second, in local time', () => {
    const at = new Date(2025, 0, 2, 3, 4, 5).getTime();
    expect(backupName(at)).toBe('fieldline-20250102-030405.json');
    expect(parseBackupName(backupName(at))).toBe(at);
  });

  it('orders same-second backups by their sequence number', () => {
    const at = new Date(2025, 0, 2, 3, 4, 5).getTime();
    expect(backupName(at, 2)).toBe('fieldline-20250102-030405-2.json');
    expect(parseBackupName(backupName(at, 2))).toBeGreaterThan(parseBackupName(backupName(at))!);
  });

  it('ignores any other file', () => {
    for (const name of [
      'notes.json',
      'fieldline-20250102-030405.json.tmp',
      'fieldline-20250102-030405.json.sha256',
      'fieldline-20250231-000000.json',
      'fieldline-2025010-030405.json',
    ]) {
      expect(parseBackupName(name)).toBeNull();
    }
  });
});
