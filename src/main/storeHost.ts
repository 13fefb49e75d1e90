/**
 * Supervisor of the hidden store-host window: starts it, restarts it with exponential
 * back-off when it dies (crash, failed load, script error, unexpected close, never ready, hung),
 * and after every (re)start brokers a fresh MessageChannel to every UI window and to main's own
 * client. "Ready" means the host page said its database is open and serving, not that the page
 * loaded. A heartbeat over main's client catches a hung host (Chromium's `unresponsive` does not
 * fire for a hidden window that gets no input). Pure of Electron: windows, channels, timers and
 * the ping are injected (see storeHostWindow.ts and index.ts).
 */
import type { StoreStatus } from '../shared/bridge/contract';

/** What the supervisor sees of the store-host window. */
export interface HostWindow<P> {
  /** Subscribes to the window's lifecycle; called once, before `load`. */
  watch(handlers: {
    loaded(): void;
    ready(): void;
    failed(reason: string): void;
    unresponsive(): void;
    responsive(): void;
  }): void;
  load(): void;
  /**
   * Hands the page one end of a channel (it serves the store RPC over it). `client` names a
   * UI page's connection so that it can be dropped when that page goes (main's has none).
   */
  sendPort(port: P, client?: number): void;
  /** The UI page behind `client` reloaded or closed: the host stops serving that port. */
  dropClient?(client: number): void;
  destroy(): void;
}

/** What the supervisor sees of a UI window's webContents. */
export interface UiTarget<P> {
  /** Fires on every finished (re)load of the page: each one needs a fresh port. */
  onLoaded(listener: () => void): void;
  /** Fires when the page starts loading again (reload, crash recovery): its old port is dropped. */
  onUnloaded?(listener: () => void): void;
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
  /** How long a loaded host page gets to open its database and say it is ready. */
  readyTimeoutMs: number;
  /** Time between heartbeats once the host is ready. */
  heartbeatMs: number;
  /** Consecutive unanswered heartbeats after which the host counts as hung. */
  heartbeatMisses: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  initialMs: 250,
  maxMs: 30_000,
  healthyResetMs: 60_000,
  unresponsiveGraceMs: 10_000,
  readyTimeoutMs: 15_000,
  heartbeatMs: 10_000,
  heartbeatMisses: 3,
};

export interface SupervisorDeps<P> {
  createHostWindow(): HostWindow<P>;
  createChannel(): { port1: P; port2: P };
  /** Main's own client gets `port` when each host (re)starts; the host's end follows on load. */
  connectMain(port: P): void;
  /** Asks the host something cheap over main's client: true when it answered (even with an error), false when it did not in time. */
  ping?(): Promise<boolean>;
  /** Every change of the host's state, for the UI and the log. */
  onStatus?(status: StoreStatus): void;
  timers: Timers;
  backoff?: Partial<BackoffOptions>;
  log?(message: string): void;
}

export interface StoreHostSupervisor<P> {
  start(): void;
  registerUi(ui: UiTarget<P>): void;
  /** App is quitting: no more restarts or heartbeats, but the host keeps serving (a last backup). */
  stopRestarts(): void;
  /** App is quitting: no more restarts; the host window is destroyed. */
  stop(): void;
  /** Back-off delay in ms before restart number `failures + 1`. */
  delayFor(failures: number): number;
  /** The last status reported (the UI asks for it when it loads). */
  status(): StoreStatus;
}

interface UiEntry<P> {
  ui: UiTarget<P>;
  loaded: boolean;
  /** The id the current host serves this page's port under; null when it has none. */
  client: number | null;
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
  let current: StoreStatus = { state: 'starting' };
  const timer = {
    restart: null as unknown,
    healthy: null as unknown,
    unresponsive: null as unknown,
    ready: null as unknown,
    heartbeat: null as unknown,
  };
  /** The host's end of main's channel, handed over once the host page has loaded. */
  let mainHostPort: P | null = null;
  let lastClient = 0;

  const clear = (name: keyof typeof timer) => {
    if (timer[name] !== null) timers.clearTimeout(timer[name]);
    timer[name] = null;
  };
  const clearAll = () => (Object.keys(timer) as (keyof typeof timer)[]).forEach(clear);
  const delayFor = (count: number) => Math.min(options.initialMs * 2 ** Math.max(0, count), options.maxMs);
  const report = (status: StoreStatus) => {
    current = status;
    deps.onStatus?.(status);
  };

  /** Tells the host to stop serving the port of a UI page that reloaded or closed. */
  function dropUiPort(entry: UiEntry<P>): void {
    const client = entry.client;
    entry.client = null;
    if (client === null || !host) return;
    try {
      host.dropClient?.(client);
    } catch (error) {
      log(`could not tell the store host to drop a closed page's port: ${String(error)}`);
    }
  }

  /** A fresh channel between the host and a loaded UI page; its previous one is dropped first. */
  function brokerUi(entry: UiEntry<P>): void {
    if (!host || !ready) return;
    dropUiPort(entry);
    const client = ++lastClient;
    const { port1, port2 } = deps.createChannel();
    try {
      host.sendPort(port1, client);
    } catch (error) {
      scheduleRestart(`could not hand a port to the store host: ${String(error)}`);
      return;
    }
    entry.client = client;
    try {
      entry.ui.sendPort(port2);
    } catch (error) {
      log(`could not hand a store port to a client: ${String(error)}`);
    }
  }

  function handMainPort(): boolean {
    if (mainHostPort === null || !host) return true;
    const port = mainHostPort;
    mainHostPort = null;
    try {
      host.sendPort(port);
      return true;
    } catch (error) {
      scheduleRestart(`could not hand a port to the store host: ${String(error)}`);
      return false;
    }
  }

  function heartbeat(mine: number, misses: number): void {
    const ping = deps.ping;
    if (!ping) return;
    timer.heartbeat = timers.setTimeout(() => {
      timer.heartbeat = null;
      void ping().then(
        (answered) => after(answered),
        () => after(false),
      );
    }, options.heartbeatMs);
    const after = (answered: boolean) => {
      if (mine !== generation || stopped) return;
      const missed = answered ? 0 : misses + 1;
      if (missed >= options.heartbeatMisses) scheduleRestart(`hung: ${missed} heartbeats unanswered`);
      else heartbeat(mine, missed);
    };
  }

  function spawn(): void {
    const mine = ++generation;
    const isCurrent = () => mine === generation && !stopped;
    ready = false;
    // A new host serves none of the old connections.
    for (const entry of uis) entry.client = null;
    // Main's client is re-pointed at once: its calls queue in the port until the new host
    // serves them (calls pending on the dead host fail as 'unavailable').
    const channel = deps.createChannel();
    mainHostPort = channel.port1;
    deps.connectMain(channel.port2);
    host = deps.createHostWindow();
    host.watch({
      loaded() {
        if (isCurrent()) handMainPort();
      },
      ready() {
        if (!isCurrent() || ready) return;
        handMainPort();
        ready = true;
        clear('ready');
        clear('healthy');
        timer.healthy = timers.setTimeout(() => {
          timer.healthy = null;
          failures = 0;
        }, options.healthyResetMs);
        report({ state: 'ready' });
        for (const entry of uis) {
          if (entry.loaded) brokerUi(entry);
        }
        heartbeat(mine, 0);
      },
      failed(reason) {
        if (isCurrent()) scheduleRestart(reason);
      },
      unresponsive() {
        if (!isCurrent() || timer.unresponsive !== null) return;
        timer.unresponsive = timers.setTimeout(() => {
          timer.unresponsive = null;
          if (isCurrent()) scheduleRestart('unresponsive');
        }, options.unresponsiveGraceMs);
      },
      responsive() {
        if (isCurrent()) clear('unresponsive');
      },
    });
    // The bound runs from the start, so a page that never even finishes loading is restarted too.
    clear('ready');
    timer.ready = timers.setTimeout(() => {
      timer.ready = null;
      if (isCurrent() && !ready) scheduleRestart(`not ready within ${options.readyTimeoutMs / 1000} s`);
    }, options.readyTimeoutMs);
    host.load();
  }

  function scheduleRestart(reason: string): void {
    if (stopped || timer.restart !== null) return;
    generation++; // events from the dying window are ignored from here on
    ready = false;
    clearAll();
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
    report({ state: 'restarting', reason, attempt: failures, inMs: delay });
    timer.restart = timers.setTimeout(() => {
      timer.restart = null;
      if (!stopped) spawn();
    }, delay);
  }

  return {
    start() {
      if (stopped || host) return;
      spawn();
    },
    registerUi(ui) {
      const entry: UiEntry<P> = { ui, loaded: false, client: null };
      uis.add(entry);
      ui.onLoaded(() => {
        if (!uis.has(entry)) return;
        entry.loaded = true;
        brokerUi(entry);
      });
      // A reloading page's port is dead: the host drops it, and the page gets a new one when
      // it has loaded again.
      ui.onUnloaded?.(() => {
        entry.loaded = false;
        dropUiPort(entry);
      });
      ui.onDestroyed(() => {
        dropUiPort(entry);
        uis.delete(entry);
      });
    },
    stopRestarts() {
      stopped = true;
      clearAll();
    },
    stop() {
      stopped = true;
      clearAll();
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
    status: () => current,
  };
}
