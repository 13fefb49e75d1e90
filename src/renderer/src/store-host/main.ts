// The Electron store host: a hidden, sandboxed window. Main brokers one MessagePort per
// client (each UI window and main itself); the preload forwards each port to this page.
import { fromMessagePort, startServing } from './serve';

const serving = startServing();

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window || (event.data as { type?: string } | null)?.type !== 'fieldline:connect') return;
  const [port] = event.ports;
  if (!port) return;
  void serving.then((server) => server.connect(fromMessagePort(port)));
});
