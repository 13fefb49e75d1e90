import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupName, parseBackupName, selectForDeletion } from '../../../src/main/backups/rotation';

const DAY = 86_400_000;
const NOW = new Date(2025, 5, 15, 12, 0, 0).getTime();

const entry = (daysAgo: number, tag = '') => ({ file: `b${daysAgo}${tag}`, createdAt: NOW - daysAgo * DAY });

describe('selectForDeletion', () => {
  it('keeps everything from the last 10 days and deletes older ones', () => {
    const entries = [0, 1, 5, 9.9, 10, 10.1, 11, 30].map((d) => entry(d));
    const gone = selectForDeletion(entries, NOW).map((e) => e.file);
    expect(gone.sort()).toEqual(['b10.1', 'b11', 'b30']);
  });

  it('always keeps the newest 3, however old', () => {
    const entries = [40, 50, 60, 70, 80].map((d) => entry(d));
    expect(selectForDeletion(entries, NOW).map((e) => e.file)).toEqual(['b70', 'b80']);
  });

  it('deletes nothing when there are 3 or fewer', () => {
    expect(selectForDeletion([entry(100), entry(200), entry(300)], NOW)).toEqual([]);
    expect(selectForDeletion([], NOW)).toEqual([]);
  });

  it('follows the clock: the same files age out as time passes', () => {
    const entries = [0, 2, 4, 6, 8].map((d) => entry(d));
    expect(selectForDeletion(entries, NOW)).toEqual([]);
    expect(selectForDeletion(entries, NOW + 5 * DAY).map((e) => e.file)).toEqual(['b6', 'b8']);
    expect(selectForDeletion(entries, NOW + 100 * DAY).map((e) => e.file)).toEqual(['b6', 'b8']);
  });

  it('keeps backups dated in the future (clock changed)', () => {
    const entries = [-3, -2, 20, 30, 40].map((d) => entry(d));
    expect(selectForDeletion(entries, NOW).map((e) => e.file)).toEqual(['b30', 'b40']);
  });

  it('property: keeps the newest 3 and the last 10 days, deletes the rest', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -5 * DAY, max: 60 * DAY }), { maxLength: 40 }), (ages) => {
        const entries = ages.map((age, i) => ({ file: `f${i}`, createdAt: NOW - age }));
        const gone = new Set(selectForDeletion(entries, NOW).map((e) => e.file));
        const newest3 = new Set([...entries].sort((a, b) => b.createdAt - a.createdAt).slice(0, 3).map((e) => e.file));
        for (const e of entries) {
          const keep = newest3.has(e.file) || e.createdAt >= NOW - 10 * DAY;
          expect(gone.has(e.file)).toBe(!keep);
        }
      }),
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
    for (const name of ['notes.json', 'fieldline-20250102-030405.json.tmp', 'fieldline-20250102-030405.json.sha256', 'fieldline-20250231-000000.json', 'fieldline-2025010-030405.json']) {
      expect(parseBackupName(name)).toBeNull();
    }
  });
});
