import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { exposeBenchHook } from './app/benchHook';
import { showRecoveredNotice } from './app/recoveredNotice';
import { StartupScreen } from './app/StoreStatusLine';
import { createPlatform, onStartupStatus } from './platform';
import { setPlatform } from './state/session';
import './app/styles.css';

const root = createRoot(document.getElementById('root')!);
// Until the store hands this window its connection, say what is happening (opening, or
// reconnecting after a store restart) instead of a blank page.
root.render(<StartupScreen subscribe={onStartupStatus} />);

void createPlatform().then((platform) => {
  setPlatform(platform);
  exposeBenchHook(platform);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  showRecoveredNotice(window.location, window.history);
});
