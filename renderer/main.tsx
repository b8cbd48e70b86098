import { setupI18n } from './i18n/setupI18n';
import { installUnloadGuard } from './session/unsavedWork';
import { installPrintMode } from './platform/printMode';
import './app/global.css';
// The shell's styles are in the page's first stylesheet, so the sidebar is never drawn unstyled.
import './app/shell/shell.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

installUnloadGuard(window);
installPrintMode(window);

// Two things are asked for at once: the interface's words and the app's shell. This entry stays
// small so neither waits for the other's code to be evaluated first. The database (Dexie and the
// domain's schemas, ~200 KB) and antd are fetched once the shell is painted (StorageGate, AppLayout).
// React's renderer (~200 KB) is evaluated in a task of its own, then the shell's code (router,
// sidebar, header): evaluated together they were one task of 70-80 ms on a 2-core machine.
const app = import('react-dom/client').then(() => import('./app/startApp'));
void Promise.all([setupI18n(), app]).then(([, { startApp }]) => startApp(container));
