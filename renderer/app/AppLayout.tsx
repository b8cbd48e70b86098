/**
 * The shell: sidebar, header and the main area, drawn without antd so they are on screen as soon as
 * React and the words are there. The workbench (antd, the dialogs, the views) is fetched after the
 * shell's first frame is painted; until it is there, and while the database opens, the main area
 * shows a spinner.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { todayIsoDate } from '../../shared/domain/common';
import { afterPaint } from '../platform/useAfterPaint';
import { usePrintTitle } from '../platform/printMode';
import { ShellHeader } from './shell/ShellHeader';
import { Sidebar } from './shell/Sidebar';
import { useStorageReady } from '../session/StorageGate';
import { preloadViewAt, preloadViewDataAt } from './viewChunks';

const Workbench = lazy(() => import('./Workbench').then((m) => ({ default: m.Workbench })));

/** The printed page's heading: what is printed and when (never shown on screen). */
function PrintTitle() {
  const { t } = useTranslation();
  const title = usePrintTitle();
  return <div className="kp-print-title">{t('app.printTitle', { title: title || t('app.name'), date: todayIsoDate() })}</div>;
}

function Opening() {
  const { t } = useTranslation();
  return <div className="kp-shell-spinner" role="status" aria-label={t('app.opening')} />;
}

export function AppLayout() {
  const { t } = useTranslation();
  const ready = useStorageReady();
  const location = useLocation();
  // Asked for once the shell is painted: the first frame does not wait for antd's code.
  const [workbenchWanted, setWorkbenchWanted] = useState(false);
  const startPath = useRef(location.pathname);
  // In the render of a new address, not in an effect: effects run only once React has drawn the new
  // route, and the view's reads would wait for that (~60 ms on the matrix). Once per address.
  if (ready) preloadViewDataAt(location.pathname);
  useEffect(
    () =>
      afterPaint(() => {
        // The view being opened is fetched beside the workbench, not after it has rendered.
        preloadViewAt(startPath.current);
        setWorkbenchWanted(true);
      }),
    [],
  );

  return (
    <div className="kp-shell">
      {/* The start page is the home, decided here at once: left to the views' routes, the redirect
          would come after the workbench has loaded and could undo a click made meanwhile. */}
      {location.pathname === '/' && <Navigate to="/portfolio" replace />}
      {/* First Tab stop: past the menu and the header's buttons, straight to the view. */}
      <button type="button" className="kp-skip-link keyplan-no-print" onClick={() => document.getElementById('kp-main')?.focus()}>
        {t('nav.skipToContent')}
      </button>
      <Sidebar />
      <div className="kp-shell-body">
        <ShellHeader />
        {/* The page's one <main> landmark. */}
        <main className="kp-shell-main" id="kp-main" tabIndex={-1} aria-busy={!ready}>
          <PrintTitle />
          <div>
            {workbenchWanted ? (
              <Suspense fallback={<Opening />}>
                <Workbench />
              </Suspense>
            ) : (
              <Opening />
            )}
          </div>
        </main>
      </div>
    </div>
  );
}
