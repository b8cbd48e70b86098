import { setupI18n } from './i18n/setupI18n';
import { installUnloadGuard } from './app/unsavedWork';
import { installPrintMode } from './app/printMode';
import './app/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

installUnloadGuard(window);
installPrintMode(window);

// Three things are asked for at once: the database opening (the storage gate waits on the same
// opening), the interface's words, and the app itself. This entry stays small so none of them waits
// for the others' code to be evaluated first.
void import('./data/storageStartup').then((storage) => storage.storageOpening()).catch(() => undefined);
const app = import('./app/startApp');
void Promise.all([setupI18n(), app]).then(([, { startApp }]) => startApp(container));
