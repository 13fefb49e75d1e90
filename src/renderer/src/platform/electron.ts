import type { FieldlineBridge } from '../../../shared/bridge/contract';
import { createRpcClient, type RpcClient } from '../../../shared/rpc/client';
import { fromMessagePort, type Endpoint } from '../../../shared/rpc/endpoint';
import type { Platform } from './types';

/** Wait for main to hand this window a store port (again after every store-host restart). */
function onStorePort(listener: (endpoint: Endpoint) => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window || (event.data as { type?: string } | null)?.type !== 'fieldline:store-port')
      return;
    const [port] = event.ports;
    if (port) listener(fromMessagePort(port));
  });
}

/** Electron: the store host is a hidden window owned by main; OS services via the preload. */
export function createElectronPlatform(bridge: FieldlineBridge): Promise<Platform> {
  const reconnectListeners = new Set<() => void>();
  return new Promise((resolve) => {
    let store: RpcClient | null = null;
    onStorePort((endpoint) => {
      if (!store) {
        store = createRpcClient(endpoint);
        resolve(build(store));
        return;
      }
      store.reconnect(endpoint);
      reconnectListeners.forEach((l) => l());
    });
  });

  function build(store: RpcClient): Platform {
    return {
      kind: 'electron',
      store,
      onReconnect(listener) {
        reconnectListeners.add(listener);
        return () => reconnectListeners.delete(listener);
      },
      onStoreStatus: (listener) => bridge.onStoreStatus(listener),
      saveFile: ({ suggestedName, content, filters }) => bridge.saveFile({ suggestedName, content, filters }),
      saveFiles: (request) => bridge.saveFiles(request),
      printToPdf: (request) => bridge.printToPdf(request),
      openExternal: (url) => bridge.openExternal(url),
      openMailto: (url) => bridge.openMailto(url),
      notificationState: () => 'on', // main's reminder loop shows native notifications
      enableNotifications: async () => 'on',
      onOpenDeal: (listener) => bridge.onOpenDeal(listener),
      backups: {
        list: () => bridge.listBackups(),
        backupNow: () => bridge.backupNow(),
        restore: (file) => bridge.restoreBackup(file),
      },
    };
  }
}
