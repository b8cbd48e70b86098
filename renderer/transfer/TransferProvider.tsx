/**
 * Workspace import and export, shared by the header buttons, Settings and the desktop File menu.
 *
 * Import: pick a file → the worker reads and checks all of it (progress shown, UI stays live) →
 * refused with the list of problems, or → confirm if more than half of the stored records would
 * be replaced → one atomic write. Export: choose whether personal files are included → the worker
 * builds the file → native Save dialog or browser download.
 */
import { App, Checkbox, Modal, Progress, Typography } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_INFO } from '../app/appInfo';
import { useErrorReporter } from '../app/useErrorReporter';
import { desktopBridge } from '../platform/desktopBridge';
import { openWithDesktopDialog, printPage, saveBlob } from '../platform/fileAccess';
import { todayIsoDate } from '../../shared/domain/common';
import type { Problem } from '../../shared/fileFormat/problems';
import type { ImportPhase, ImportSummary } from '../workers/workspaceWorkerProtocol';
import { buildExport, cancelImport, commitImport, validateImport, warmUpWorker } from './workspaceWorkerClient';
import { errorMessage } from '../data/storageErrors';
import { backupBeforeImport, dailyBackupIfDue } from './automaticBackups';
import { ProblemList } from './ProblemList';

interface TransferApi {
  startImport: () => void;
  startExport: () => void;
  /** Imports a file already at hand (a restore point), checked and confirmed like any import. */
  importFrom: (file: File) => void;
}

const TransferContext = createContext<TransferApi>({ startImport: () => undefined, startExport: () => undefined, importFrom: () => undefined });

export function useTransfer(): TransferApi {
  return useContext(TransferContext);
}

interface ProgressState {
  fileName: string;
  phase: ImportPhase;
  done: number;
  total: number;
}

export function TransferProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { message, modal, notification } = App.useApp();
  const reportError = useErrorReporter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [exporting, setExporting] = useState(false);

  const showRefusal = useCallback(
    (fileName: string, problems: Problem[], total: number) => {
      modal.error({
        title: t('transfer.refusedTitle'),
        width: 640,
        content: <ProblemList intro={t('transfer.refusedBody', { name: fileName })} problems={problems} total={total} />,
      });
    },
    [modal, t],
  );

  const confirmReplace = useCallback(
    (summary: ImportSummary) =>
      new Promise<boolean>((resolve) => {
        modal.confirm({
          title: t('transfer.confirmTitle'),
          content: (
            <>
              <Typography.Paragraph>
                {t('transfer.confirmBody', { incoming: summary.incoming, existing: summary.existing, replaced: summary.replaced })}
              </Typography.Paragraph>
              {summary.redacted && <Typography.Paragraph type="warning">{t('transfer.confirmRedacted')}</Typography.Paragraph>}
            </>
          ),
          okText: t('transfer.confirmReplace'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      }),
    [modal, t],
  );

  const importFile = useCallback(
    async (file: File) => {
      const onProgress = (phase: ImportPhase, done: number, total: number) => setProgress({ fileName: file.name, phase, done, total });
      onProgress('reading', 0, 0);
      try {
        // The browser build keeps the workspace as a restore point before replacing it (the desktop
        // writes a backup file instead, below).
        const outcome = await validateImport(file, { restorePoint: !desktopBridge(), app: APP_INFO }, onProgress);
        if (!outcome.ok) {
          setProgress(null);
          showRefusal(file.name, outcome.problems, outcome.total);
          return;
        }
        if (outcome.summary.needsConfirmation || outcome.summary.redacted) {
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
    [confirmReplace, message, notification, reportError, showRefusal, t],
  );

  const startImport = useCallback(() => {
    void openWithDesktopDialog('workspace').then((picked) => {
      if (picked === 'browser') inputRef.current?.click();
      else if (picked) void importFile(picked);
    }, reportError);
  }, [importFile, reportError]);

  // Personal files stay out unless asked for, every time: the choice is not remembered.
  const startExport = useCallback(() => {
    setIncludeSensitive(false);
    setExportOpen(true);
  }, []);

  const runExport = useCallback(async () => {
    setExporting(true);
    try {
      const { blob, count } = await buildExport(!includeSensitive, APP_INFO);
      const outcome = await saveBlob(blob, `keyplan-${todayIsoDate()}.json`, 'workspace');
      setExportOpen(false);
      if (outcome.saved) message.success(t('transfer.exportDone', { count, name: outcome.name }));
      else message.info(t('transfer.exportCancelled'));
    } catch (error) {
      message.error(t('transfer.exportFailed', { reason: errorMessage(error) }));
    } finally {
      setExporting(false);
    }
  }, [includeSensitive, message, t]);

  useEffect(() => {
    const id = window.requestIdleCallback(
      () => {
        warmUpWorker();
        dailyBackupIfDue().catch((error: unknown) =>
          notification.warning({ title: t('errors.dailyBackupFailed', { reason: errorMessage(error) }), placement: 'bottomRight' }),
        );
      },
      { timeout: 5_000 },
    );
    return () => window.cancelIdleCallback(id);
    // Runs again only when the language changes; by then the daily backup is no longer due.
  }, [notification, t]);

  // The desktop File menu sends its commands here.
  useEffect(() => {
    return desktopBridge()?.onMenuCommand((command) => {
      if (command === 'import-workspace') startImport();
      else if (command === 'export-workspace') startExport();
      else printPage();
    });
  }, [startImport, startExport]);

  const importFrom = useCallback((file: File) => void importFile(file), [importFile]);
  const api = useMemo(() => ({ startImport, startExport, importFrom }), [startImport, startExport, importFrom]);
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;

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
      <Modal open={progress !== null} title={progress ? t('transfer.importing', { name: progress.fileName }) : ''} footer={null} closable={false} mask={{ closable: false }}>
        {progress && (
          <div role="status" aria-live="polite">
            <Typography.Paragraph>{t(`transfer.phase.${progress.phase}`, { done: progress.done, total: progress.total })}</Typography.Paragraph>
            <Progress percent={progress.phase === 'writing' ? percent : 0} status="active" showInfo={progress.phase === 'writing'} />
          </div>
        )}
      </Modal>
      <Modal
        open={exportOpen}
        title={t('transfer.exportTitle')}
        okText={t('transfer.export')}
        cancelText={t('common.cancel')}
        confirmLoading={exporting}
        onOk={() => void runExport()}
        onCancel={() => setExportOpen(false)}
      >
        <Checkbox checked={includeSensitive} onChange={(event) => setIncludeSensitive(event.target.checked)}>
          {t('transfer.exportIncludeSensitive')}
        </Checkbox>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('transfer.exportSensitiveHint')}
        </Typography.Paragraph>
      </Modal>
    </TransferContext.Provider>
  );
}
