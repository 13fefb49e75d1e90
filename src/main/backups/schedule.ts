/**
 * When to take automatic backups. Pure policy: the clock, the timers and the backup
 * action are injected.
 *
 * - At start-up, one backup.
 * - Then only while there are changes: a change marks the data dirty and arms ONE timer;
 *   when it fires and the data is still dirty, a backup is taken. The timer is due 15
 *   minutes after the previous backup (but at least `settleMs` after the change, so a
 *   burst of edits lands in one backup): at most one automatic backup per 15 minutes,
 *   and none at all while nothing changes.
 * - `beforeSchemaUpgrade()` takes one right away, whatever the state.
 * - A failed backup leaves the data dirty and is retried after `retryMs`, doubling up to
 *   the interval (the store may still be starting; the disk may be full).
 * Backups never overlap: every run waits for the previous one.
 */

export interface ScheduleTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackupScheduleDeps<R> {
  clock: { now(): number };
  timers: ScheduleTimers;
  /** Take one backup. */
  run(): Promise<R>;
  intervalMs?: number;
  settleMs?: number;
  retryMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface BackupSchedule<R> {
  /** The start-up backup; resolves once it was taken (or failed and was scheduled again). */
  start(): Promise<void>;
  /** The data changed. */
  markDirty(): void;
  /** A backup now (a rep's "Back up now"); serialised with the automatic ones. */
  runNow(): Promise<R>;
  /** Call before migrating the database to a new schema: a backup of the old data. */
  beforeSchemaUpgrade(): Promise<R>;
  /**
   * Quitting: stop the timer and take the pending backup now if the data changed since the
   * last one (after any running one). Resolves when done or when it failed; never rejects.
   */
  flush(): Promise<void>;
  stop(): void;
}

export const BACKUP_INTERVAL_MS = 15 * 60_000;

export function createBackupSchedule<R>(deps: BackupScheduleDeps<R>): BackupSchedule<R> {
  const { clock, timers } = deps;
  const interval = deps.intervalMs ?? BACKUP_INTERVAL_MS;
  const settle = Math.min(deps.settleMs ?? 30_000, interval);
  const retry = Math.min(deps.retryMs ?? 60_000, interval);
  const log =
    deps.log ?? ((message: string, error?: unknown) => console.error(`[backups] ${message}`, error ?? ''));

  let dirty = false;
  let stopped = false;
  let lastRunAt = -Infinity;
  let failures = 0;
  let timer: unknown = null;
  let chain: Promise<unknown> = Promise.resolve();

  function arm(delay: number) {
    if (stopped || timer !== null) return;
    timer = timers.setTimeout(() => {
      timer = null;
      if (dirty) void automatic();
    }, delay);
  }

  function disarm() {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  }

  /** Run one backup after any running one; clears dirty first so changes during it count. */
  function runSerialised(): Promise<R> {
    const next = chain.then(async () => {
      dirty = false;
      lastRunAt = clock.now();
      try {
        const result = await deps.run();
        failures = 0;
        return result;
      } catch (error) {
        dirty = true;
        failures++;
        throw error;
      }
    });
    chain = next.catch(() => undefined);
    return next;
  }

  function afterRun() {
    if (stopped || !dirty) return;
    disarm();
    const sinceLast = clock.now() - lastRunAt;
    const delay =
      failures > 0 ? Math.min(retry * 2 ** (failures - 1), interval) : Math.max(interval - sinceLast, settle);
    arm(delay);
  }

  async function automatic(): Promise<void> {
    try {
      await runSerialised();
    } catch (error) {
      log('the automatic backup failed; it will be retried', error);
    }
    afterRun();
  }

  async function runNow(): Promise<R> {
    try {
      return await runSerialised();
    } finally {
      afterRun();
    }
  }

  return {
    start() {
      stopped = false;
      return automatic();
    },
    markDirty() {
      if (stopped) return;
      dirty = true;
      arm(Math.min(Math.max(lastRunAt + interval - clock.now(), settle), interval));
    },
    runNow,
    beforeSchemaUpgrade: runNow,
    async flush() {
      stopped = true;
      disarm();
      try {
        if (dirty) await runSerialised();
        else await chain;
      } catch (error) {
        log('the backup on quit failed', error);
      }
    },
    stop() {
      stopped = true;
      disarm();
    },
  };
}
