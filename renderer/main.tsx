import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import { setupI18n } from './i18n/setupI18n';
import { installUnloadGuard } from './app/unsavedWork';
import { installPrintMode } from './app/printMode';
import { storageOpening } from './data/storageStartup';
import './app/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

installUnloadGuard(window);
installPrintMode(window);

// The database opens while the interface's words are fetched (the storage gate waits on the same opening).
void storageOpening().catch(() => undefined);
void setupI18n().then(() => {
  const root = createRoot(container);
  // A transition renders in slices, so the first render is not one long task.
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppRoot />
      </StrictMode>,
    );
  });
});
