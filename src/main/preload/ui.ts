/**
 * Preload of every UI window (sandboxed: requires nothing but 'electron').
 * - Forwards each store MessagePort main sends into the page (the UI reconnects on each).
 * - Exposes `window.fieldline`: named functions over fixed, checked IPC channels.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { FieldlineBridge } from './api';
import { CHANNELS } from './channels';

ipcRenderer.on(CHANNELS.storePort, (event) => {
  window.postMessage({ type: CHANNELS.storePort }, '*', event.ports);
});

const bridge: FieldlineBridge = {
  saveFile: (req) => ipcRenderer.invoke(CHANNELS.saveFile, req),
  printToPdf: (req) => ipcRenderer.invoke(CHANNELS.printToPdf, req),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  onOpenDeal(cb) {
    const listener = (_event: unknown, dealId: unknown) => {
      if (typeof dealId === 'string') cb(dealId);
    };
    ipcRenderer.on(CHANNELS.openDeal, listener);
    return () => {
      ipcRenderer.removeListener(CHANNELS.openDeal, listener);
    };
  },
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  backupNow: () => ipcRenderer.invoke(CHANNELS.backupNow),
  restoreBackup: (file) => ipcRenderer.invoke(CHANNELS.restoreBackup, file),
  platform: 'electron',
};

contextBridge.exposeInMainWorld('fieldline', bridge);
