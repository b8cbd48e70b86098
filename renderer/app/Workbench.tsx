/**
 * Everything drawn with antd: its theme and locale (zh-CN or en, with dayjs), antd's App context for
 * messages and modals, the import/export and review-pack services behind the header's buttons, the
 * undo history's drawer and the views. Its own chunk, loaded once the shell (sidebar and header) is
 * on screen, so the first screen does not wait for antd.
 */
import { App as AntApp, ConfigProvider } from 'antd';
// Every component's styles, for the theme's zero-runtime mode (theme.ts). It lands after global.css
// (injected styles used to come first): the app's rules on antd's classes are written with more
// weight than antd's or set only variables, so the order does not decide any of them.
import 'antd/dist/antd.css';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewPackProvider, useReviewPack } from '../transfer/ReviewPackProvider';
import { TransferProvider, useTransfer } from '../transfer/TransferProvider';
import { DECORATIVE_ICONS } from './antdIcons';
import { provideShellCommands } from './shell/shellCommands';
import { StorageReady } from './StorageReady';
import { appTheme } from './theme';
import { undoHistory } from '../session/undoHistory';
import { UndoStepsFeed } from './UndoStepsFeed';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { ViewRoutes } from './ViewRoutes';

const UndoHistoryDrawer = lazy(() => import('./UndoHistoryDrawer').then((m) => ({ default: m.UndoHistoryDrawer })));

/** Hands the header its commands while the workbench is mounted; hosts the undo history's drawer. */
function ShellCommandsProvider() {
  const transfer = useTransfer();
  const openReviewPack = useReviewPack();
  const entries = useSyncExternalStore(undoHistory.subscribe, undoHistory.getSnapshot);
  const [open, setOpen] = useState(false);
  // Once mounted the drawer stays, so closing it animates like any drawer.
  const [mounted, setMounted] = useState(false);
  useEffect(
    () =>
      provideShellCommands({
        startImport: transfer.startImport,
        startMerge: transfer.startMerge,
        startExport: transfer.startExport,
        openReviewPack: () => openReviewPack(),
        openUndoHistory: () => {
          setMounted(true);
          setOpen(true);
        },
      }),
    [transfer, openReviewPack],
  );
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <UndoHistoryDrawer open={open} entries={entries} onClose={() => setOpen(false)} />
    </Suspense>
  );
}

export function Workbench() {
  const { i18n } = useTranslation();
  const chinese = i18n.language === 'zh-CN';
  const reducedMotion = usePrefersReducedMotion();
  dayjs.locale(chinese ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={chinese ? zhCN : enUS} theme={appTheme(reducedMotion)} {...DECORATIVE_ICONS}>
      <AntApp>
        <TransferProvider>
          <ReviewPackProvider>
            <ShellCommandsProvider />
            <StorageReady>
              <UndoStepsFeed />
              <ViewRoutes />
            </StorageReady>
          </ReviewPackProvider>
        </TransferProvider>
      </AntApp>
    </ConfigProvider>
  );
}
