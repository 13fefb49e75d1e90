/**
 * Settings → Backups in jsdom, fed the list main returns: a sharp shrink shows a visible warning
 * naming the earlier backup that is kept, and flags both rows; a normal list shows neither.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROTATION_SUMMARY } from '../../../../shared/domains/backup/rotationPolicy';
import type { BackupEntry } from '../../platform/types';
import { BackupsSection } from './BackupsSection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOUR = 3_600_000;
const NOW = new Date(2025, 5, 15, 12, 0, 0).getTime();
const entry = (hoursAgo: number, size: number, flags: Partial<BackupEntry> = {}): BackupEntry => ({
  file: `/backups/b${hoursAgo}.json`,
  createdAt: NOW - hoursAgo * HOUR,
  size,
  shrunk: false,
  beforeShrink: false,
  ...flags,
});

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function show(entries: BackupEntry[]) {
  const backups = { list: vi.fn(async () => entries), backupNow: vi.fn(), restore: vi.fn() };
  await act(async () => root.render(<BackupsSection backups={backups} />));
  await vi.waitFor(() => expect(host.querySelector('table')).not.toBeNull());
}

const rowTexts = () =>
  [...host.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent ?? '');

describe('Settings → Backups', () => {
  it('warns about a sharply smaller backup and flags it and the earlier one that is kept', async () => {
    const kept = entry(2, 4_000_000, { beforeShrink: true });
    await show([entry(0, 3_000), entry(1, 2_000, { shrunk: true }), kept, entry(3, 4_000_000)]);
    const alert = host.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('much smaller than the one before it: data may be missing');
    expect(alert).toContain(
      new Date(kept.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    );
    const rows = rowTexts();
    expect(rows[1]).toContain('much smaller than the one before');
    expect(rows[2]).toContain('kept: the last backup before a shrink');
    expect(rows[0]).not.toContain('much smaller');
    expect(rows[3]).not.toContain('kept:');
  });

  it('shows no warning and no flag for ordinary backups, and always states the rotation policy', async () => {
    await show([entry(0, 1_000), entry(1, 990)]);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(rowTexts().join(' ')).not.toMatch(/much smaller|kept:/);
    expect(host.textContent).toContain(ROTATION_SUMMARY);
  });
});
