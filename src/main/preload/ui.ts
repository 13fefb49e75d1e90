/**
 * Preload of every UI window (sandboxed: requires nothing but 'electron'; the bridge
 * contract and zod are bundled in).
 * - Forwards each store MessagePort main sends into the page (the UI reconnects on each).
 * - Exposes `window.fieldline`: one function per call of the bridge contract
 *   (src/shared/bridge/contract.ts), each invoking that call's fixed channel, which main checks.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  bridgeCalls,
  bridgeChannel,
  StoreStatus,
  type BridgeApi,
  type BridgeCallName,
  type FieldlineBridge,
} from '../../shared/bridge/contract';
import { CHANNELS } from './channels';

ipcRenderer.on(CHANNELS.storePort, (event) => {
  window.postMessage({ type: CHANNELS.storePort }, '*', event.ports);
});

// Open-deal requests can arrive before React subscribes (a notification clicked at launch):
// they wait here and go to the first subscriber.
const openDealListeners = new Set<(dealId: string) => void>();
const waitingDeals: string[] = [];
ipcRenderer.on(CHANNELS.openDeal, (_event, dealId: unknown) => {
  if (typeof dealId !== 'string') return;
  if (openDealListeners.size === 0) waitingDeals.splice(0, waitingDeals.length, dealId);
  else openDealListeners.forEach((cb) => cb(dealId));
});

let lastStatus: StoreStatus = { state: 'starting' };
const statusListeners = new Set<(status: StoreStatus) => void>();
ipcRenderer.on(CHANNELS.storeStatus, (_event, status: unknown) => {
  const parsed = StoreStatus.safeParse(status);
  if (!parsed.success) return;
  lastStatus = parsed.data;
  statusListeners.forEach((cb) => cb(lastStatus));
});

/** One function per declared call; the caller's arguments go to main as they are (main checks them). */
const calls = Object.fromEntries(
  (Object.keys(bridgeCalls) as BridgeCallName[]).map((name) => [
    name,
    (...args: unknown[]) => ipcRenderer.invoke(bridgeChannel(name), ...args),
  ]),
) as BridgeApi;

const bridge: FieldlineBridge = {
  ...calls,
  onOpenDeal(cb) {
    openDealListeners.add(cb);
    for (const dealId of waitingDeals.splice(0)) cb(dealId);
    return () => {
      openDealListeners.delete(cb);
    };
  },
  onStoreStatus(cb) {
    statusListeners.add(cb);
    cb(lastStatus);
    return () => {
      statusListeners.delete(cb);
    };
  },
  platform: 'electron',
};

contextBridge.exposeInMainWorld('fieldline', bridge);
