/**
 * Merging team members' files into the workspace: pick files → each encrypted one asks its password →
 * the worker previews the merge (refused with its problems, or a preview where the person settles
 * every disagreement) → one write, then "已合并 … 撤销合并" (the restore point taken just before
 * brings the workspace back, checked and confirmed like every import).
 */
import { App, Button, Space } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/fileFormat/problems';
import { opfsFolder, readRestorePoint } from '../data/restorePoint';
import { useErrorReporter } from '../session/useErrorReporter';
import { APP_INFO } from '../session/appInfo';
import type { ImportPhase, MergeAnswers, MergePreview } from '../workers/workspaceWorkerProtocol';
import { cancelImport, commitMerge, previewMerge } from '../workers/workspaceWorkerClient';
import type { ProgressState } from './TransferDialogs';

export interface MergeFlowInput {
  askPassword: (fileName: string) => Promise<string | null>;
  showRefusal: (fileName: string, problems: Problem[], total: number, intro?: string) => void;
  /** Imports a file as the import button does (the undo of a merge imports its restore point). */
  importFile: (file: File) => Promise<void>;
  setProgress: (progress: ProgressState | null) => void;
}

export function useMergeFlow({ askPassword, showRefusal, importFile, setProgress }: MergeFlowInput) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const [mergePreview, setMergePreview] = useState<MergePreview | null>(null);

  const mergeFiles = useCallback(
    async (picked: File[]) => {
      const onProgress = (phase: ImportPhase, done: number, total: number) => setProgress({ title: t('merge.progressTitle', { count: picked.length }), phase, done, total });
      const files: { name: string; blob: Blob; password?: string }[] = picked.map((f) => ({ name: f.name, blob: f }));
      const options = { restorePoint: true, app: APP_INFO };
      try {
        onProgress('reading', 0, files.length);
        let outcome = await previewMerge(files, options, onProgress);
        // Each encrypted file asks for its own password, then the whole set is read again.
        while (outcome.kind === 'needs-password') {
          setProgress(null);
          const password = await askPassword(outcome.file);
          if (password === null) return;
          const wanted = outcome.file;
          const file = files.find((f) => f.name === wanted && f.password === undefined);
          if (!file) throw new Error(`No file named ${wanted} waits for a password`);
          file.password = password;
          onProgress('reading', 0, files.length);
          outcome = await previewMerge(files, options, onProgress);
        }
        setProgress(null);
        if (outcome.kind === 'refused') {
          showRefusal(outcome.file ?? picked[0]?.name ?? '', outcome.problems, outcome.total, outcome.file ? t('merge.refusedFile', { name: outcome.file }) : undefined);
          return;
        }
        setMergePreview(outcome.preview);
      } catch (error) {
        setProgress(null);
        reportError(error);
      }
    },
    [askPassword, reportError, showRefusal, t, setProgress],
  );

  // Undo merge restores the restore point taken just before the merge (checked and confirmed like every import).
  const undoMerge = useCallback(async () => {
    const folder = opfsFolder(navigator.storage);
    const point = folder ? await readRestorePoint(await folder) : null;
    if (point) await importFile(point.file);
  }, [importFile]);

  const runMerge = useCallback(
    async (answers: MergeAnswers) => {
      setMergePreview(null);
      try {
        const result = await commitMerge(answers, (phase, done, total) => setProgress({ title: t('merge.writingTitle'), phase, done, total }));
        setProgress(null);
        if (!result.ok) {
          showRefusal(t('merge.button'), result.problems, result.total);
          return;
        }
        // Undo merge: the restore point taken just before brings the workspace back as it was.
        message.open({
          key: 'merge-done',
          type: 'success',
          duration: 15,
          content: (
            <Space>
              {t('merge.done', { count: result.count })}
              <Button
                size="small"
                type="link"
                onClick={() => {
                  message.destroy('merge-done');
                  undoMerge().catch(reportError);
                }}
              >
                {t('merge.undo')}
              </Button>
            </Space>
          ),
        });
      } catch (error) {
        setProgress(null);
        reportError(error);
      }
    },
    [message, reportError, showRefusal, t, undoMerge, setProgress],
  );

  const cancelMerge = useCallback(() => {
    setMergePreview(null);
    cancelImport();
  }, []);

  return { mergePreview, mergeFiles, runMerge, cancelMerge };
}
