import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyBoardSnapshot } from '../testing/boardSnapshot';

const snapshot = emptyBoardSnapshot();
const { pipeline } = snapshot;

// A fresh module per test: the start snapshot is read once per window.
const load = () => import('./boardSnapshot');

describe('the stored board snapshot', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('is read back at start and painted until the board goes live', async () => {
    (await load()).saveBoardSnapshot(snapshot);
    vi.resetModules();
    const next = await load();
    expect(next.startSnapshot()?.currency.home).toBe('EUR');
    next.boardWentLive();
    expect(next.startSnapshot()).toBeNull();
    // Still kept for the next start.
    expect(next.readBoardSnapshot()?.pipeline.id).toBe(pipeline.id);
  });

  it('is forgotten when the data it pictured is replaced', async () => {
    const mod = await load();
    mod.saveBoardSnapshot(snapshot);
    mod.clearBoardSnapshot();
    expect(localStorage.getItem(mod.SNAPSHOT_KEY)).toBeNull();
    expect(mod.startSnapshot()).toBeNull();
  });

  it('starts without one when the stored text is corrupt', async () => {
    const mod = await load();
    localStorage.setItem(mod.SNAPSHOT_KEY, '{"version":1,"cards":[{"id":');
    expect(mod.startSnapshot()).toBeNull();
  });
});
