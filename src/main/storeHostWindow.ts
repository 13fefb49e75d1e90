import type { BrowserWindow, MessagePortMain, WebContents } from 'electron';
import { CHANNELS } from './preload/channels';
import type { HostWindow, UiTarget } from './storeHost';

/** Adapts the store-host BrowserWindow to the supervisor's narrow `HostWindow`. */
export function toHostWindow(window: BrowserWindow, url: string): HostWindow<MessagePortMain> {
  const contents = window.webContents;
  let destroying = false;
  return {
    watch(handlers) {
      contents.on('did-finish-load', () => handlers.loaded());
      contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
        if (isMainFrame) handlers.failed(`load failed: ${errorDescription} (${errorCode})`);
      });
      contents.on('preload-error', (_event, _path, error) => handlers.failed(`preload error: ${error.message}`));
      contents.on('render-process-gone', (_event, details) => handlers.failed(`renderer gone: ${details.reason}`));
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
    sendPort(port) {
      contents.postMessage(CHANNELS.storeHostConnect, null, [port]);
    },
    destroy() {
      destroying = true;
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

/** Adapts a UI window's webContents to the supervisor's `UiTarget`. */
export function toUiTarget(contents: WebContents): UiTarget<MessagePortMain> {
  return {
    onLoaded: (listener) => contents.on('did-finish-load', listener),
    onDestroyed: (listener) => contents.once('destroyed', listener),
    sendPort(port) {
      if (!contents.isDestroyed()) contents.postMessage(CHANNELS.storePort, null, [port]);
    },
  };
}
