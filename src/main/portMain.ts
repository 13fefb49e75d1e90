import type { MessagePortMain } from 'electron';
import type { Endpoint } from '../shared/rpc/endpoint';

/** The subset of Electron's `MessagePortMain` the adapter uses (a fake implements it in tests). */
export type PortMainLike = Pick<MessagePortMain, 'postMessage' | 'on' | 'off' | 'start' | 'close'>;

/** Adapts Electron's `MessagePortMain` (Node EventEmitter style) to the RPC `Endpoint`. */
export function fromMessagePortMain(port: PortMainLike): Endpoint {
  return {
    post: (message) => port.postMessage(message),
    listen(onMessage) {
      const listener = (event: Electron.MessageEvent) => onMessage(event.data);
      port.on('message', listener);
      port.start();
      return () => {
        port.off('message', listener);
      };
    },
    close: () => port.close(),
  };
}
