import type { CallableService } from '../../../shared/rpc/server';
import type { ChangeEvent } from '../../../shared/rpc/views';

/** What the relay needs of a BroadcastChannel (a fake in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const isChangeEvent = (value: unknown): value is ChangeEvent => {
  const event = value as Partial<ChangeEvent> | null;
  return Boolean(event && Array.isArray(event.tables) && typeof event.method === 'string');
};

/**
 * Browser mode runs one store worker per tab on the same IndexedDB. Each worker's committed
 * changes go to the other tabs' workers over a BroadcastChannel, which tell their own pages —
 * so a lead added in one tab appears in the other without a reload.
 */
export function withCrossTabChanges(service: CallableService, channel: ChannelLike): CallableService {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const tell = (event: ChangeEvent) => listeners.forEach((listener) => listener(event));
  service.onChange((event) => {
    tell(event);
    channel.postMessage(event);
  });
  channel.addEventListener('message', ({ data }) => {
    if (isChangeEvent(data)) tell(data);
  });
  return {
    call: (method, params) => service.call(method, params),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
