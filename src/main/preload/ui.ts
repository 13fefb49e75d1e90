/**
 * Preload of every UI window (sandboxed: requires nothing but 'electron').
 * - Forwards each store MessagePort main sends into the page (the UI reconnects on each).
 * - Exposes `window.fieldline`: named functions over fixed, checked IPC channels.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { FieldlineBridge, StoreStatus } from './api';
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
  const s = status as Partial<{ state: unknown; reason: unknown; attempt: unknown; inMs: unknown }> | null;
  if (s?.state === 'ready' || s?.state === 'starting') lastStatus = { state: s.state };
  else if (s?.state === 'restarting')
    lastStatus = {
      state: 'restarting',
      reason: String(s.reason),
      attempt: Number(s.attempt) || 0,
      inMs: Number(s.inMs) || 0,
    };
  else return;
  statusListeners.forEach((cb) => cb(lastStatus));
});

const bridge: FieldlineBridge = {
  saveFile: (req) => ipcRenderer.invoke(CHANNELS.saveFile, req),
  printToPdf: (req) => ipcRenderer.invoke(CHANNELS.printToPdf, req),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
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
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  backupNow: () => ipcRenderer.invoke(CHANNELS.backupNow),
  restoreBackup: (file) => ipcRenderer.invoke(CHANNELS.restoreBackup, file),
  platform: 'electron',
};

contextBridge.exposeInMainWorld('fieldline', bridge);
