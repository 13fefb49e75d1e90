// The page's entry: only what must happen before the app's code has loaded. In browser mode the
// store's Web Worker starts here, so it opens the database while the page fetches, parses and
// paints the app (./app/boot) instead of after; the desktop app's store host is started by main.
import { startStoreWorker } from './platform/storeWorker';
import './app/styles.css';

if (!('fieldline' in window)) startStoreWorker();
void import('./app/boot');
