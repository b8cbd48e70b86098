/**
 * Workspace import and export, shared by the header buttons, Settings and the desktop File menu.
 *
 * Import: pick a file → the worker reads and checks all of it (progress shown, UI stays live) →
 * refused with the list of problems, or → confirm if more than half of the stored records would
 * be replaced → one atomic write. Export: choose whether personal files are included → the worker
 * builds the file → native Save dialog or browser download.
 */
import { App } from 'antd';
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_INFO } from '../session/appInfo';
import { newPasswordProblem } from '../components/newPasswordProblem';
import { useErrorReporter } from '../session/useErrorReporter';
import { desktopBridge } from '../platform/desktopBridge';
import { openWithDesktopDialog, printPage, saveBlob } from '../platform/fileAccess';
import { todayIsoDate } from '../../shared/domain/common';
import type { ImportPhase } from '../workers/workspaceWorkerProtocol';
import { buildExport, cancelImport, commitImport, validateImport, warmUpWorker } from '../workers/workspaceWorkerClient';
import { useFrameProgress } from './useFrameProgress';
import { useMergeFlow } from './useMergeFlow';
import { useTransferPrompts } from './useTransferPrompts';
import { useAccountDirectory } from '../workers/accountDirectory';
import { scopeAccountIds, type AccountScope } from '../../shared/report/reviewScope';
import { SAFE_REDACTION, type Redaction } from '../../shared/report/redaction';
import { errorMessage } from '../data/storageErrors';
import { backupBeforeImport, dailyBackupIfDue } from './automaticBackups';
import { useStorageReady } from '../session/StorageGate';
import type { ProgressState } from './TransferDialogs';

// The dialogs load when the window is first idle (or when one is needed before that): not on the first screen.
const TransferDialogs = lazy(() => import('./TransferDialogs').then((m) => ({ default: m.TransferDialogs })));

interface TransferApi {
  startImport: () => void;
  startExport: () => void;
  /** Merge ▸ pick one or many workspace files, preview, then write (with Undo merge). */
  startMerge: () => void;
  /** Imports a file already at hand (a restore point), checked and confirmed like any import. */
  importFrom: (file: File) => void;
}

const TransferContext = createContext<TransferApi>({ startImport: () => undefined, startExport: () => undefined, startMerge: () => undefined, importFrom: () => undefined });

export function useTransfer(): TransferApi {
  return useContext(TransferContext);
}

export function TransferProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const reportError = useErrorReporter();
  const inputRef = useRef<HTMLInputElement>(null);
  const mergeInputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useFrameProgress<ProgressState>();
  const [exportOpen, setExportOpen] = useState(false);
  const [redaction, setRedaction] = useState<Redaction>(SAFE_REDACTION);
  const [encrypt, setEncrypt] = useState(false);
  const [scopeChoice, setScopeChoice] = useState<AccountScope>({ kind: 'all' });
  // The accounts a scope names follow the directory, which may arrive after the person chose the owner.
  const directory = useAccountDirectory(exportOpen);
  const scopeIds = useMemo(() => scopeAccountIds(scopeChoice, directory ?? []), [scopeChoice, directory]);
  const [password, setPassword] = useState('');
  const [passwordAgain, setPasswordAgain] = useState('');
  const [exporting, setExporting] = useState(false);
  const [dialogsWanted, setDialogsWanted] = useState(false);
  // Nothing is read, written or backed up before the database is open (the shell is drawn before that).
  const ready = useStorageReady();


  const { showRefusal, confirmReplace, askPassword } = useTransferPrompts();

  const importFile = useCallback(
    async (file: File) => {
      const onProgress = (phase: ImportPhase, done: number, total: number) => setProgress({ title: t('transfer.importing', { name: file.name }), phase, done, total });
      onProgress('reading', 0, 0);
      try {
        // The browser build keeps the workspace as a restore point before replacing it (the desktop
        // writes a backup file instead, below).
        const options = { restorePoint: !desktopBridge(), app: APP_INFO };
        let outcome = await validateImport(file, options, onProgress);
        if (!outcome.ok && 'needsPassword' in outcome) {
          setProgress(null);
          const password = await askPassword(file.name);
          if (password === null) return;
          onProgress('reading', 0, 0);
          outcome = await validateImport(file, { ...options, password }, onProgress);
        }
        if (!outcome.ok && 'needsPassword' in outcome) throw new Error('The workspace worker asked for the password twice');
        if (!outcome.ok) {
          setProgress(null);
          showRefusal(file.name, outcome.problems, outcome.total);
          return;
        }
        if (outcome.imported !== undefined) {
          setProgress(null);
          message.success(t('transfer.importDone', { count: outcome.imported, name: file.name }));
          return;
        }
        if (outcome.summary.needsConfirmation || outcome.summary.redacted || outcome.summary.contactsLeftOut || outcome.summary.coachesHidden) {
          setProgress(null);
          if (!(await confirmReplace(outcome.summary))) {
            cancelImport();
            return;
          }
        }
        try {
          if (desktopBridge()) onProgress('backup', 0, 0);
          await backupBeforeImport();
        } catch (error) {
          setProgress(null);
          cancelImport();
          notification.error({ title: t('transfer.backupFailed', { reason: errorMessage(error) }), duration: 0, placement: 'bottomRight' });
          return;
        }
        let count: number;
        try {
          count = await commitImport(onProgress);
        } catch (error) {
          setProgress(null);
          // The replacing write is one transaction: it failed whole, and says so in plain words.
          reportError(error);
          const kept = !desktopBridge() && outcome.summary.existing > 0;
          notification.warning({
            title: t('transfer.importFailedKept'),
            description: kept ? t('transfer.importFailedRestorePoint') : undefined,
            duration: 0,
            placement: 'bottomRight',
          });
          return;
        }
        setProgress(null);
        message.success(t('transfer.importDone', { count, name: file.name }));
        if (outcome.summary.migratedFrom !== null) message.info(t('transfer.importMigrated', { version: outcome.summary.migratedFrom }));
      } catch (error) {
        setProgress(null);
        reportError(error);
      }
    },
    [askPassword, confirmReplace, message, notification, reportError, showRefusal, t, setProgress],
  );

  const startImport = useCallback(() => {
    void openWithDesktopDialog('workspace').then((picked) => {
      if (picked === 'browser') inputRef.current?.click();
      else if (picked) void importFile(picked);
    }, reportError);
  }, [importFile, reportError]);

  // Personal files and contacts stay out unless asked for, every time: the choice is not remembered.
  const startExport = useCallback(() => {
    setRedaction(SAFE_REDACTION);
    setEncrypt(false);
    setScopeChoice({ kind: 'all' });
    setPassword('');
    setPasswordAgain('');
    setDialogsWanted(true);
    setExportOpen(true);
  }, []);

  const passwordProblem = encrypt ? newPasswordProblem(t, password, passwordAgain) : null;

  const runExport = useCallback(async () => {
    if (passwordProblem || (scopeIds !== null && scopeIds.length === 0)) return;
    setExporting(true);
    try {
      const { blob, count } = await buildExport(redaction, t('review.coachAlias', { letter: '{letter}' }), APP_INFO, encrypt ? password : undefined, scopeIds ?? undefined);
      const name = `keyplan-${todayIsoDate()}${scopeIds ? '-slice' : ''}${encrypt ? '-encrypted' : ''}.json`;
      const outcome = await saveBlob(blob, name, 'workspace');
      setExportOpen(false);
      if (outcome.saved) message.success(t('transfer.exportDone', { count, name: outcome.name }));
      else message.info(t('transfer.exportCancelled'));
    } catch (error) {
      message.error(t('transfer.exportFailed', { reason: errorMessage(error) }));
    } finally {
      setExporting(false);
    }
  }, [encrypt, redaction, message, password, passwordProblem, scopeIds, t]);

  useEffect(() => {
    if (!ready) return undefined;
    const id = window.requestIdleCallback(
      () => {
        setDialogsWanted(true);
        warmUpWorker();
        dailyBackupIfDue().catch((error: unknown) =>
          notification.warning({ title: t('errors.dailyBackupFailed', { reason: errorMessage(error) }), placement: 'bottomRight' }),
        );
      },
      { timeout: 5_000 },
    );
    return () => window.cancelIdleCallback(id);
    // Runs again only when the language changes; by then the daily backup is no longer due.
  }, [notification, t, ready]);

  // The desktop File menu sends its commands here.
  useEffect(() => {
    if (!ready) return undefined;
    return desktopBridge()?.onMenuCommand((command) => {
      if (command === 'import-workspace') startImport();
      else if (command === 'export-workspace') startExport();
      else if (command === 'print') printPage();
    });
  }, [startImport, startExport, ready]);

  const importFrom = useCallback((file: File) => void importFile(file), [importFile]);


  const { mergePreview, mergeFiles, runMerge, cancelMerge } = useMergeFlow({ askPassword, showRefusal, importFile, setProgress });
  const startMerge = useCallback(() => mergeInputRef.current?.click(), []);
  const api = useMemo(() => ({ startImport, startExport, startMerge, importFrom }), [startImport, startExport, startMerge, importFrom]);

  return (
    <TransferContext.Provider value={api}>
      {children}
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        aria-label={t('transfer.importTitle')}
        data-testid="workspace-file-input"
        style={{ display: 'none' }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <input
        ref={mergeInputRef}
        type="file"
        multiple
        accept=".json,application/json"
        aria-label={t('merge.pickTitle')}
        data-testid="merge-file-input"
        style={{ display: 'none' }}
        onChange={(event) => {
          const picked = [...(event.target.files ?? [])];
          event.target.value = '';
          if (picked.length > 0) void mergeFiles(picked);
        }}
      />
      {(dialogsWanted || progress !== null || mergePreview !== null) && (
        <Suspense fallback={null}>
          <TransferDialogs
            progress={progress}
            mergePreview={mergePreview}
            onMerge={(answers) => void runMerge(answers)}
            onMergeCancel={cancelMerge}
            exportChoices={{
              open: exportOpen,
              exporting,
              scope: scopeChoice,
              redaction,
              encrypt,
              password,
              passwordAgain,
              blocked: passwordProblem !== null || (scopeIds !== null && scopeIds.length === 0),
              onScope: (next: AccountScope) => {
                // A slice goes to a colleague: coaches are hidden by default (the person may untick it).
                if (next.kind !== scopeChoice.kind) setRedaction((current) => ({ ...current, hideCoaches: next.kind !== 'all' }));
                setScopeChoice(next);
              },
              onRedaction: setRedaction,
              onEncrypt: setEncrypt,
              onPassword: setPassword,
              onPasswordAgain: setPasswordAgain,
              onOk: () => void runExport(),
              onCancel: () => setExportOpen(false),
            }}
          />
        </Suspense>
      )}
    </TransferContext.Provider>
  );
}
