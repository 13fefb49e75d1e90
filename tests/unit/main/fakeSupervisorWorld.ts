import type { HostWindow, Timers, UiTarget } from '../../../src/main/storeHost';
import { fakeChannel } from './fakePorts';
import type { FakePortMain } from './fakePorts';

/** Manually driven timers: a test advances time and due callbacks run in order. */
export class ManualTimers implements Timers {
  now = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** Delays of the timers currently pending, relative to now, sorted. */
  delays(): number[] {
    return [...this.pending.values()].map((t) => t.at - this.now).sort((a, b) => a - b);
  }
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = end;
  }
}

type Handlers = Parameters<HostWindow<FakePortMain>['watch']>[0];

export class FakeHost implements HostWindow<FakePortMain> {
  handlers: Handlers | null = null;
  loads = 0;
  destroyed = false;
  readonly ports: FakePortMain[] = [];
  /** The client id each UI port was handed over with (main's port has none). */
  readonly clients = new Map<number, FakePortMain>();
  /** Client ids main told this host to stop serving. */
  readonly dropped: number[] = [];
  watch(handlers: Handlers): void {
    this.handlers = handlers;
  }
  load(): void {
    this.loads++;
  }
  sendPort(port: FakePortMain, client?: number): void {
    if (this.destroyed) throw new Error('host destroyed');
    this.ports.push(port);
    if (client !== undefined) this.clients.set(client, port);
  }
  dropClient(client: number): void {
    this.dropped.push(client);
  }
  /** The ports this host still serves for UI pages. */
  servedUiPorts(): FakePortMain[] {
    return [...this.clients].filter(([client]) => !this.dropped.includes(client)).map(([, port]) => port);
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** Simulations of what Electron and the host page report: the page loaded and its store serves. */
  finishLoad(): void {
    this.handlers?.loaded();
    this.handlers?.ready();
  }
  /** The page loaded but its database has not opened (yet). */
  loadOnly(): void {
    this.handlers?.loaded();
  }
  becomeReady(): void {
    this.handlers?.ready();
  }
  crash(reason = 'crashed'): void {
    this.handlers?.failed(`renderer gone: ${reason}`);
  }
}

export class FakeUi implements UiTarget<FakePortMain> {
  readonly ports: FakePortMain[] = [];
  private loaded: (() => void) | null = null;
  private destroyed: (() => void) | null = null;
  private unloaded: (() => void) | null = null;
  onLoaded(listener: () => void): void {
    this.loaded = listener;
  }
  onUnloaded(listener: () => void): void {
    this.unloaded = listener;
  }
  /** The page starts reloading (its port is dead until it has loaded again). */
  startReload(): void {
    this.unloaded?.();
  }
  onDestroyed(listener: () => void): void {
    this.destroyed = listener;
  }
  sendPort(port: FakePortMain): void {
    this.ports.push(port);
  }
  finishLoad(): void {
    this.loaded?.();
  }
  destroy(): void {
    this.destroyed?.();
  }
}

/** Everything a supervisor test needs: fake windows, channels, timers and main's ports. */
export function supervisorWorld() {
  const hosts: FakeHost[] = [];
  const mainPorts: FakePortMain[] = [];
  const timers = new ManualTimers();
  let channels = 0;
  const deps = {
    createHostWindow: () => {
      const host = new FakeHost();
      hosts.push(host);
      return host;
    },
    createChannel: () => fakeChannel(`ch${++channels}`),
    connectMain: (port: FakePortMain) => void mainPorts.push(port),
    timers,
    log: () => undefined,
  };
  const lastHost = (): FakeHost => {
    const host = hosts.at(-1);
    if (!host) throw new Error('no host window was created');
    return host;
  };
  return { deps, hosts, mainPorts, timers, lastHost };
}
