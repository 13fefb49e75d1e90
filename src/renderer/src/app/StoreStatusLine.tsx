import { useEffect, useState } from 'react';
import type { StoreStatus } from '../platform';

/** What the rep reads about the store: never an endless "Opening…" when it is really restarting. */
export function storeStatusText(status: StoreStatus): string {
  if (status.state === 'restarting') {
    return status.attempt > 1
      ? `Reconnecting to your data… (attempt ${status.attempt})`
      : 'Reconnecting to your data…';
  }
  return status.state === 'starting' ? 'Opening your data…' : '';
}

/** Follows a status source (the platform, or the bridge before the platform exists). */
export function useStoreStatus(
  subscribe: (listener: (status: StoreStatus) => void) => () => void,
): StoreStatus {
  const [status, setStatus] = useState<StoreStatus>({ state: 'starting' });
  useEffect(() => subscribe(setStatus), [subscribe]);
  return status;
}

/** The first screen of the desktop app, before the store has handed the UI its connection. */
export function StartupScreen({
  subscribe,
}: {
  subscribe: (listener: (status: StoreStatus) => void) => () => void;
}) {
  const status = useStoreStatus(subscribe);
  return (
    <p className="placeholder" role="status" aria-busy="true">
      {storeStatusText(status) || 'Opening your data…'}
    </p>
  );
}

/** A calm line over the app while the store restarts; nothing when it is fine. */
export function StoreStatusBanner({
  subscribe,
}: {
  subscribe: (listener: (status: StoreStatus) => void) => () => void;
}) {
  const status = useStoreStatus(subscribe);
  const text = status.state === 'restarting' ? storeStatusText(status) : '';
  return (
    <div className="store-status" role="status" aria-live="polite" hidden={!text}>
      {text}
    </div>
  );
}
