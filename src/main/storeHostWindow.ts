import type { BrowserWindow, IpcMain, IpcMainEvent, MessagePortMain, WebContents } from 'electron';
import { CHANNELS } from './preload/channels';
import type { HostWindow, UiTarget } from './storeHost';

type StatusListener = Pick<IpcMain, 'on' | 'removeListener'>;

/**
 * Adapts the store-host BrowserWindow to the supervisor's narrow `HostWindow`. The page says
 * "ready" (database open and serving) or reports a script error over `storeHostStatus`; only
 * messages from this window's own webContents count.
 */
export function toHostWindow(
  window: BrowserWindow,
  url: string,
  ipc: StatusListener,
): HostWindow<MessagePortMain> {
  const contents = window.webContents;
  let destroying = false;
  let statusListener: ((event: IpcMainEvent, payload: unknown) => void) | null = null;
  return {
    watch(handlers) {
      statusListener = (event, payload) => {
        if (event.sender !== contents) return;
        const status = payload as { state?: unknown; reason?: unknown } | null;
        if (status?.state === 'ready') handlers.ready();
        else if (status?.state === 'error')
          handlers.failed(`script error: ${String(status.reason).slice(0, 500)}`);
      };
      ipc.on(CHANNELS.storeHostStatus, statusListener);
      contents.on('did-finish-load', () => handlers.loaded());
      contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
        if (isMainFrame) handlers.failed(`load failed: ${errorDescription} (${errorCode})`);
      });
      contents.on('preload-error', (_event, _path, error) =>
        handlers.failed(`preload error: ${error.message}`),
      );
      contents.on('render-process-gone', (_event, details) =>
        handlers.failed(`renderer gone: ${details.reason}`),
      );
      contents.on('unresponsive', () => handlers.unresponsive());
      contents.on('responsive', () => handlers.responsive());
      window.on('closed', () => {
        if (!destroying) handlers.failed('window closed');
      });
    },
    load() {
      // Failures arrive as 'did-fail-load'; the promise rejection carries nothing new.
      window.loadURL(url).catch(() => undefined);
    },
    sendPort(port, client) {
      contents.postMessage(CHANNELS.storeHostConnect, client ?? null, [port]);
    },
    dropClient(client) {
      if (!contents.isDestroyed()) contents.send(CHANNELS.storeHostDrop, client);
    },
    destroy() {
      destroying = true;
      if (statusListener) ipc.removeListener(CHANNELS.storeHostStatus, statusListener);
      statusListener = null;
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

/** Adapts a UI window's webContents to the supervisor's `UiTarget`. */
export function toUiTarget(contents: WebContents): UiTarget<MessagePortMain> {
  return {
    onLoaded: (listener) => contents.on('did-finish-load', listener),
    onUnloaded: (listener) =>
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) listener();
      }),
    onDestroyed: (listener) => contents.once('destroyed', listener),
    sendPort(port) {
      if (!contents.isDestroyed()) contents.postMessage(CHANNELS.storePort, null, [port]);
    },
  };
}
