/**
 * The one thing the RPC layer needs from a transport: post a structured-clonable message
 * and listen for messages. A DOM `MessagePort`, a Worker, Electron's `MessagePortMain`
 * and Node's `MessagePort` all adapt to it in a few lines.
 */
export interface Endpoint {
  post(message: unknown): void;
  /** Starts delivery; returns a function that stops listening. */
  listen(onMessage: (message: unknown) => void): () => void;
  close(): void;
}

/** The subset of the DOM / Node `MessagePort` API that `fromMessagePort` relies on. */
export interface PortLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start?(): void;
  close(): void;
}

export function fromMessagePort(port: PortLike): Endpoint {
  return {
    post: (message) => port.postMessage(message),
    listen(onMessage) {
      const listener = (event: { data: unknown }) => onMessage(event.data);
      port.addEventListener('message', listener);
      port.start?.();
      return () => port.removeEventListener('message', listener);
    },
    close: () => port.close(),
  };
}
