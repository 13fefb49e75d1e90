/**
 * A snapshot built in slices (snapshotText.ts) is the very text one JSON.stringify of the whole
 * database gave, whatever the slice size, and restores as a backup.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildBackup, type BackupTables } from '../../src/shared/domains/backup/format';
import { parseBackup } from '../../src/shared/domains/backup/validate';
import { TABLE_NAMES } from '../../src/shared/store/schema';
import { buildSnapshotText } from '../../src/shared/store/snapshotText';
import { startHarness } from '../../src/shared/store/testing/harness';

vi.setConfig({ testTimeout: 60_000 });

describe('a snapshot built in slices', () => {
  it('equals the whole-database JSON.stringify for any slice size, and parses as a backup', async () => {
    const h = await startHarness();
    await h.connect().call('sample.load', { count: 40, activitiesPerDeal: 2, firstStageShare: 0.5, seed: 3 });
    const { db } = h.host;
    const header = { dbId: 'db-1', seq: 12, database: 'fieldline' };
    const now = Date.UTC(2026, 10, 2);
    await db.transaction('r', [...TABLE_NAMES], async () => {
      const rows = await Promise.all(TABLE_NAMES.map((t) => db.table(t).toArray()));
      const tables = Object.fromEntries(TABLE_NAMES.map((t, i) => [t, rows[i]])) as BackupTables;
      expect(tables.deals.length).toBeGreaterThan(7);
      const whole = JSON.stringify({ journal: header, ...buildBackup(tables, now) });
      for (const slice of [1, 7, 40, 41, 2_000])
        expect(await buildSnapshotText(db, header, now, slice)).toBe(whole);
      expect(parseBackup(whole).ok).toBe(true);
    });
    await h.close();
  });
});
