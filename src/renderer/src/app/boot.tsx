// The app itself, loaded by main.tsx once the store's start is under way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { exposeBenchHook } from './benchHook';
import { showRecoveredNotice } from './recoveredNotice';
import { StartupScreen } from './StoreStatusLine';
import { createPlatform, onStartupStatus } from '../platform';
import { storeWorkerRunning } from '../platform/storeWorker';
import { BOARD_PAGING, firstPageInput } from '../state/boardData';
import { readFirstPageEarly } from '../state/boardEarly';
import { setPlatform } from '../state/session';
import { afterStartup, armStartupOrder } from '../state/startupOrder';
import { startSnapshot } from '../state/boardSnapshot';
import { listenForInput } from '../ui/whenIdle';
import { keepHeldClicks } from '../ui/heldClick';
import { loadEnvelopes } from '../../../shared/rpc/client';
import { loadMethodReads } from '../state/methodReads';

performance.mark('fieldline:app-eval'); // start-up marks: see tests/bench/coldProfile.mjs
// The board's reads first; the rest of the first screen's once it is live (startupOrder.ts).
armStartupOrder();
// Idle work that can wait hears the rep's scrolls and keys from the start (ui/whenIdle.ts).
listenForInput();
// A click is not lost when a list re-sorts or the tray grows under a held button (ui/heldClick.ts).
keepHeldClicks();
const root = createRoot(document.getElementById('root')!);
// With the last board's snapshot to paint, the app renders as soon as its code has run, not
// after the store worker's thread (see platform/storeWorker.ts): the picture needs no store.
const snapshot = startSnapshot() !== null;
// Until the store hands this window its connection, say what is happening (opening, or
// reconnecting after a store restart) instead of a blank page; with a snapshot, the picture
// says it. In browser mode not before the store worker's thread runs: createPlatform waits for
// that too, so the app renders right after this line, never before it (then replaced by it).
if (!snapshot)
  void storeWorkerRunning().then(() => root.render(<StartupScreen subscribe={onStartupStatus} />));

void createPlatform({ waitForWorker: !snapshot }).then((platform) => {
  setPlatform(platform);
  // The board's first page is on its way to the store before the first render.
  readFirstPageEarly(platform.store, firstPageInput(null, BOARD_PAGING));
  exposeBenchHook(platform);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The store client's zod schemas once the first screen is drawn (the next frame, then a task):
  // built before it, they held the start-up snapshot's paint back. The contract's (each method's
  // tables, for change events) once the board is live, like the rest of the first screen's reads.
  // If their chunk fails to load here, the next message tries again and tells the calls waiting.
  requestAnimationFrame(() => setTimeout(() => loadEnvelopes().catch(() => undefined)));
  // Should that chunk fail, the tables stay unknown and every change counts: slower, still right.
  afterStartup(() => loadMethodReads().catch(() => undefined));
  showRecoveredNotice(window.location, window.history);
});
