import { EventEmitter } from 'node:events';

/**
 * A fake of Electron's MessagePortMain pair: EventEmitter-style 'message' events carrying
 * `{ data }`, messages queued until `start()`, delivery asynchronous (like the real one).
 */
export class FakePortMain extends EventEmitter {
  other: FakePortMain | null = null;
  started = false;
  closed = false;
  private queue: unknown[] = [];
  constructor(readonly label: string) {
    super();
  }
  postMessage(message: unknown): void {
    if (this.closed) throw new Error(`${this.label} is closed`);
    this.other?.receive(structuredClone(message));
  }
  receive(message: unknown): void {
    if (this.closed) return;
    this.queue.push(message);
    this.flush();
  }
  start(): void {
    this.started = true;
    this.flush();
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    this.emit('close');
  }
  private flush(): void {
    if (!this.started) return;
    const pending = this.queue;
    this.queue = [];
    for (const data of pending) setImmediate(() => !this.closed && this.emit('message', { data, ports: [] }));
  }
}

export function fakeChannel(label: string): { port1: FakePortMain; port2: FakePortMain } {
  const port1 = new FakePortMain(`${label}.1`);
  const port2 = new FakePortMain(`${label}.2`);
  port1.other = port2;
  port2.other = port1;
  return { port1, port2 };
}
