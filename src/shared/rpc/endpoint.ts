/**
 * The one thing the RPC layer needs from a transport: post a structured-clonable message
 * and listen for messages. A DOM `MessagePort`, a Worker, Electron's `MessagePortMain`
 * and Node's `MessagePort` all adapt to it in a few lines.
 */
export interface Endpoint {
  /** `transfer`: buffers the message holds to move rather than copy (an adapter may copy them). */
  post(message: unknown, transfer?: ArrayBuffer[]): void;
  /** Starts delivery; returns a function that stops listening. */
  listen(onMessage: (message: unknown) => void): () => void;
  close(): void;
}

/** The subset of the DOM / Node `MessagePort` API that `fromMessagePort` relies on. */
export interface PortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start?(): void;
  close(): void;
}

export function fromMessagePort(port: PortLike): Endpoint {
  return {
    post: (message, transfer) => (transfer ? port.postMessage(message, transfer) : port.postMessage(message)),
    listen(onMessage) {
      const listener = (event: { data: unknown }) => onMessage(event.data);
      port.addEventListener('message', listener);
      port.start?.();
      return () => port.removeEventListener('message', listener);
    },
    close: () => port.close(),
  };
}
