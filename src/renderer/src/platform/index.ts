import type { FieldlineBridge } from '../../../shared/bridge/contract';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import { storeWorkerRunning } from './storeWorker';
import type { Platform, StoreStatus } from './types';

/**
 * Pick the platform once at start-up; nothing else in the UI asks where it runs. In browser mode
 * it comes once the store worker's thread runs (see storeWorker.ts), unless `waitForWorker` is
 * false: the first render then has the last board's snapshot to paint, which needs no store.
 */
export async function createPlatform({ waitForWorker = true } = {}): Promise<Platform> {
  const bridge = (window as { fieldline?: FieldlineBridge }).fieldline;
  if (bridge) return createElectronPlatform(bridge);
  const platform = createBrowserPlatform();
  if (waitForWorker) await storeWorkerRunning();
  return platform;
}

/** The store's state before the platform exists (the desktop app's first screen); browser mode is always starting. */
export function onStartupStatus(listener: (status: StoreStatus) => void): () => void {
  const bridge = (window as { fieldline?: FieldlineBridge }).fieldline;
  if (bridge) return bridge.onStoreStatus(listener);
  listener({ state: 'starting' });
  return () => undefined;
}

export type { Platform, StoreStatus } from './types';
