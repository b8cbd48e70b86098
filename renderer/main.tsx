import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import { setupI18n } from './i18n/setupI18n';
import { installUnloadGuard } from './app/unsavedWork';
import { installPrintMode } from './app/printMode';
import './app/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

installUnloadGuard(window);
installPrintMode(window);

void setupI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  );
});
