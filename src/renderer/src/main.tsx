import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { exposeBenchHook } from './app/benchHook';
import { createPlatform } from './platform';
import { setPlatform } from './state/session';
import './app/styles.css';

const root = createRoot(document.getElementById('root')!);

void createPlatform().then((platform) => {
  setPlatform(platform);
  exposeBenchHook(platform);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
