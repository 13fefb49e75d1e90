/**
 * Preload of the hidden store-host window (sandboxed: requires nothing but 'electron').
 * Main sends a MessagePort for every client (each UI window, and main itself); each is
 * forwarded into the page, which serves the store RPC over it. Nothing is exposed.
 */
import { ipcRenderer } from 'electron';

const CONNECT = 'fieldline:connect';

ipcRenderer.on(CONNECT, (event) => {
  window.postMessage({ type: CONNECT }, '*', event.ports);
});
