import { describe, expect, it } from 'vitest';
import { createBackupSchedule } from '../../../src/main/backups/schedule';

const MIN = 60_000;
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

class FakeTime {
  now = 1_000_000;
  private seq = 0;
  private readonly queue = new Map<number, { at: number; fn: () => void }>();
  readonly clock = { now: () => this.now };
  readonly timers = {
    setTimeout: (fn: () => void, ms: number) => {
      this.queue.set(++this.seq, { at: this.now + ms, fn });
      return this.seq;
    },
    clearTimeout: (handle: unknown) => {
      this.queue.delete(handle as number);
    },
  };
  get pending() {
    return this.queue.size;
  }
  async advance(ms: number) {
    const target = this.now + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.queue)
        if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.queue.delete(next[0]);
      this.now = next[1].at;
      next[1].fn();
      await flush();
    }
    this.now = target;
    await flush();
  }
}

function setup(fail: () => boolean = () => false) {
  const time = new FakeTime();
  const runs: number[] = [];
  const schedule = createBackupSchedule({
    clock: time.clock,
    timers: time.timers,
    log: () => undefined,
    run: async () => {
      if (fail()) throw new Error('disk full');
      runs.push(time.now);
      return { file: `backup-${runs.length}` };
    },
  });
  return { time, runs, schedule, t0: time.now };
}

describe('backup schedule', () => {
  it('backs up at start-up, then nothing while nothing changes', async () => {
    const { time, runs, schedule, t0 } = setup();
    await schedule.start();
    expect(runs).toEqual([t0]);
    await time.advance(3 * 60 * MIN);
    expect(runs).toEqual([t0]);
    expect(time.pending).toBe(0);
  });

  it('after a change, backs up once 15 minutes after the previous backup', async () => {
    const { time, runs, schedule, t0 } = setup();
    await schedule.start();
    await time.advance(2 * MIN);
    schedule.markDirty();
    schedule.markDirty();
    await time.advance(13 * MIN - 1);
    expect(runs).toEqual([t0]);
    await time.advance(1);
    expect(runs).toEqual([t0, t0 + 15 * MIN]);
  });

  it('never backs up more than once per 15 minutes under constant changes', async () => {
    const { time, runs, schedule } = setup();
    await schedule.start();
    for (let i = 0; i < 120; i++) {
      schedule.markDirty();
      await time.advance(MIN);
    }
    const gaps = runs.slice(1).map((t, i) => t - runs[i]!);
    expect(runs.length).toBe(9); // start-up + one per 15 minutes over 2 hours
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15 * MIN);
  });

  it('waits for a burst to settle after a long idle time', async () => {
    const { time, runs, schedule, t0 } = setup();
    await schedule.start();
    await time.advance(60 * MIN);
    schedule.markDirty();
    await time.advance(30_000);
    expect(runs).toEqual([t0, t0 + 60 * MIN + 30_000]);
  });

  it('retries a failed backup with back-off and keeps the changes dirty', async () => {
    let failing = 3;
    const { time, runs, schedule, t0 } = setup(() => failing-- > 0);
    await schedule.start(); // fails (1)
    expect(runs).toEqual([]);
    await time.advance(MIN); // fails (2)
    await time.advance(2 * MIN); // fails (3)
    expect(runs).toEqual([]);
    await time.advance(4 * MIN);
    expect(runs).toEqual([t0 + 7 * MIN]);
  });

  it('runNow and beforeSchemaUpgrade back up at once and clear the dirty mark', async () => {
    const { time, runs, schedule, t0 } = setup();
    await schedule.start();
    schedule.markDirty();
    await time.advance(MIN);
    await expect(schedule.runNow()).resolves.toEqual({ file: 'backup-2' });
    await time.advance(30 * MIN);
    expect(runs).toEqual([t0, t0 + MIN]);
    await expect(schedule.beforeSchemaUpgrade()).resolves.toEqual({ file: 'backup-3' });
  });

  it('never runs two backups at once', async () => {
    const time = new FakeTime();
    let active = 0;
    let maxActive = 0;
    const schedule = createBackupSchedule({
      clock: time.clock,
      timers: time.timers,
      run: async () => {
        maxActive = Math.max(maxActive, ++active);
        await flush();
        active--;
      },
    });
    await Promise.all([schedule.start(), schedule.runNow(), schedule.runNow()]);
    expect(maxActive).toBe(1);
  });

  it('stop() clears the timer', async () => {
    const { time, runs, schedule } = setup();
    await schedule.start();
    schedule.markDirty();
    expect(time.pending).toBe(1);
    schedule.stop();
    expect(time.pending).toBe(0);
    schedule.markDirty();
    await time.advance(60 * MIN);
    expect(runs).toHaveLength(1);
  });
});
