/**
 * Supervisor of the hidden store-host window: starts it, restarts it with exponential
 * back-off when it dies (crash, failed load, unexpected close, hang), and after every
 * (re)start brokers a fresh MessageChannel to every UI window and to main's own client.
 * Pure of Electron: windows, channels and timers are injected (see storeHostWindow.ts).
 */

/** What the supervisor sees of the store-host window. */
export interface HostWindow<P> {
  /** Subscribes to the window's lifecycle; called once, before `load`. */
  watch(handlers: { loaded(): void; failed(reason: string): void; unresponsive(): void; responsive(): void }): void;
  load(): void;
  /** Hands the page one end of a channel (it serves the store RPC over it). */
  sendPort(port: P): void;
  destroy(): void;
}

/** What the supervisor sees of a UI window's webContents. */
export interface UiTarget<P> {
  /** Fires on every finished (re)load of the page: each one needs a fresh port. */
  onLoaded(listener: () => void): void;
  onDestroyed(listener: () => void): void;
  sendPort(port: P): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** A host that stays up this long is healthy again: the next failure restarts fast. */
  healthyResetMs: number;
  /** How long an unresponsive host gets to recover before it is killed and restarted. */
  unresponsiveGraceMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 30_000, healthyResetMs: 60_000, unresponsiveGraceMs: 10_000 };

export interface SupervisorDeps<P> {
  createHostWindow(): HostWindow<P>;
  createChannel(): { port1: P; port2: P };
  /** Main's own client gets `port` when each host (re)starts; the host's end follows on load. */
  connectMain(port: P): void;
  timers: Timers;
  backoff?: Partial<BackoffOptions>;
  log?(message: string): void;
}

export interface StoreHostSupervisor<P> {
  start(): void;
  registerUi(ui: UiTarget<P>): void;
  /** App is quitting: no more restarts; the host window is destroyed. */
  stop(): void;
  /** Back-off delay in ms before restart number `failures + 1`. */
  delayFor(failures: number): number;
}

interface UiEntry<P> {
  ui: UiTarget<P>;
  loaded: boolean;
}

export function createStoreHostSupervisor<P>(deps: SupervisorDeps<P>): StoreHostSupervisor<P> {
  const options = { ...DEFAULT_BACKOFF, ...deps.backoff };
  const { timers } = deps;
  const log = deps.log ?? (() => undefined);
  const uis = new Set<UiEntry<P>>();
  let host: HostWindow<P> | null = null;
  let generation = 0;
  let ready = false;
  let stopped = false;
  let failures = 0;
  let restartTimer: unknown = null;
  let healthyTimer: unknown = null;
  let unresponsiveTimer: unknown = null;
  /** The host's end of main's channel, handed over once the host page has loaded. */
  let mainHostPort: P | null = null;

  const clear = (handle: unknown) => {
    if (handle !== null) timers.clearTimeout(handle);
  };
  const delayFor = (count: number) => Math.min(options.initialMs * 2 ** Math.max(0, count), options.maxMs);

  function broker(target: (port: P) => void): void {
    if (!host || !ready) return;
    const { port1, port2 } = deps.createChannel();
    try {
      host.sendPort(port1);
    } catch (error) {
      scheduleRestart(`could not hand a port to the store host: ${String(error)}`);
      return;
    }
    try {
      target(port2);
    } catch (error) {
      log(`could not hand a store port to a client: ${String(error)}`);
    }
  }

  function brokerAll(): void {
    if (mainHostPort !== null && host) {
      const port = mainHostPort;
      mainHostPort = null;
      try {
        host.sendPort(port);
      } catch (error) {
        scheduleRestart(`could not hand a port to the store host: ${String(error)}`);
        return;
      }
    }
    for (const entry of uis) {
      if (entry.loaded) broker((port) => entry.ui.sendPort(port));
    }
  }

  function spawn(): void {
    const mine = ++generation;
    const current = () => mine === generation && !stopped;
    ready = false;
    // Main's client is re-pointed at once: its calls queue in the port until the new host
    // serves them (calls pending on the dead host fail as 'unavailable').
    const channel = deps.createChannel();
    mainHostPort = channel.port1;
    deps.connectMain(channel.port2);
    host = deps.createHostWindow();
    host.watch({
      loaded() {
        if (!current()) return;
        ready = true;
        clear(healthyTimer);
        healthyTimer = timers.setTimeout(() => {
          healthyTimer = null;
          failures = 0;
        }, options.healthyResetMs);
        brokerAll();
      },
      failed(reason) {
        if (current()) scheduleRestart(reason);
      },
      unresponsive() {
        if (!current() || unresponsiveTimer !== null) return;
        unresponsiveTimer = timers.setTimeout(() => {
          unresponsiveTimer = null;
          if (current()) scheduleRestart('unresponsive');
        }, options.unresponsiveGraceMs);
      },
      responsive() {
        if (!current()) return;
        clear(unresponsiveTimer);
        unresponsiveTimer = null;
      },
    });
    host.load();
  }

  function scheduleRestart(reason: string): void {
    if (stopped || restartTimer !== null) return;
    generation++; // events from the dying window are ignored from here on
    ready = false;
    clear(healthyTimer);
    clear(unresponsiveTimer);
    healthyTimer = unresponsiveTimer = null;
    const dying = host;
    host = null;
    try {
      dying?.destroy();
    } catch {
      // already gone
    }
    const delay = delayFor(failures);
    failures++;
    log(`store host failed (${reason}); restart #${failures} in ${delay} ms`);
    restartTimer = timers.setTimeout(() => {
      restartTimer = null;
      if (!stopped) spawn();
    }, delay);
  }

  return {
    start() {
      if (stopped || host) return;
      spawn();
    },
    registerUi(ui) {
      const entry: UiEntry<P> = { ui, loaded: false };
      uis.add(entry);
      ui.onLoaded(() => {
        if (!uis.has(entry)) return;
        entry.loaded = true;
        broker((port) => ui.sendPort(port));
      });
      ui.onDestroyed(() => uis.delete(entry));
    },
    stop() {
      stopped = true;
      for (const handle of [restartTimer, healthyTimer, unresponsiveTimer]) clear(handle);
      restartTimer = healthyTimer = unresponsiveTimer = null;
      const dying = host;
      host = null;
      ready = false;
      try {
        dying?.destroy();
      } catch {
        // already gone
      }
    },
    delayFor,
  };
}
