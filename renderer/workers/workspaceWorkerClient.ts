/**
 * Promise API over the workspace worker. One worker serves the window; requests are serialised
 * (an import and an export never interleave) and progress arrives through a callback.
 */
import type { AppInfo } from '../../shared/fileFormat/envelope';
import type { Problem } from '../../shared/fileFormat/problems';
import type { Redaction } from '../../shared/report/redaction';
import { StorageWriteError } from '../data/storageErrors';
import type { ImportPhase, ImportSummary, MergeAnswers, MergePreview, ReviewRequest, WorkerRequest, WorkerResponse } from './workspaceWorkerProtocol';
import type { ReviewFileFormat } from '../report/buildReviewFiles';

/** `file`: for a review pack, which of its files (index in the requested formats). */
export type ProgressListener = (phase: ImportPhase, done: number, total: number, file?: number) => void;
type Terminal = Exclude<WorkerResponse, { type: 'progress' }>;

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function getWorker(): Worker {
  worker ??= new Worker(new URL('./workspaceWorker.ts', import.meta.url), { type: 'module', name: 'keyplan-workspace' });
  return worker;
}

function send(request: WorkerRequest, onProgress: ProgressListener = () => undefined): Promise<Terminal> {
  const run = () =>
    new Promise<Terminal>((resolve, reject) => {
      const target = getWorker();
      const onMessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data;
        if (message.type === 'progress') {
          onProgress(message.phase, message.done, message.total, message.file);
          return;
        }
        cleanup();
        resolve(message);
      };
      const onError = (event: ErrorEvent) => {
        cleanup();
        reject(new Error(event.message || 'The workspace worker stopped unexpectedly'));
      };
      const cleanup = () => {
        target.removeEventListener('message', onMessage);
        target.removeEventListener('error', onError);
      };
      target.addEventListener('message', onMessage);
      target.addEventListener('error', onError);
      target.postMessage(request);
    });
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function unexpected(message: Terminal): never {
  if (message.type === 'failed') throw new StorageWriteError(message.reason, message.storage);
  throw new Error(`Unexpected answer from the workspace worker: ${message.type}`);
}

export type ValidationOutcome =
  /** `imported`: the file was written already (into an empty workspace, nothing to ask): its record count. */
  | { ok: true; summary: ImportSummary; imported?: number }
  | { ok: false; problems: Problem[]; total: number }
  | { ok: false; needsPassword: true };

/**
 * Reads and checks a file completely, and that there is room to write it; nothing is written —
 * unless the workspace holds no records and the file asks nothing of the person (`imported`): then
 * it is written as it is checked, in one transaction that is dropped whole if any check fails.
 * `restorePoint`: keep the current workspace as a restore point before the commit replaces it.
 */
export async function validateImport(file: Blob, options: { restorePoint: boolean; app: AppInfo; password?: string }, onProgress?: ProgressListener): Promise<ValidationOutcome> {
  const answer = await send({ type: 'import', file, ...options }, onProgress);
  if (answer.type === 'validated') return { ok: true, summary: answer.summary };
  if (answer.type === 'imported' && answer.summary) return { ok: true, summary: answer.summary, imported: answer.count };
  if (answer.type === 'needs-password') return { ok: false, needsPassword: true };
  if (answer.type === 'refused') return { ok: false, problems: answer.problems, total: answer.total };
  return unexpected(answer);
}

/** Writes the last validated file, replacing the workspace in one transaction. */
export async function commitImport(onProgress?: ProgressListener): Promise<number> {
  const answer = await send({ type: 'commit' }, onProgress);
  if (answer.type === 'imported') return answer.count;
  return unexpected(answer);
}

/**
 * Starts the worker and opens its database connection ahead of time, so the first import or
 * export does not wait for them. Called when the app is idle after start-up.
 */
export function warmUpWorker(): void {
  void send({ type: 'warm-up' }).catch(() => undefined);
}

export function cancelImport(): void {
  void send({ type: 'cancel' }).catch(() => undefined);
}

/** A review pack's Excel workbook and/or PowerPoint deck, built in the worker from one read of the stored workspace. */
export async function buildReviewFiles(request: ReviewRequest, formats: ReviewFileFormat[], onProgress?: ProgressListener): Promise<{ files: { format: ReviewFileFormat; blob: Blob }[]; accounts: number }> {
  const answer = await send({ type: 'review-files', formats, request }, onProgress);
  if (answer.type === 'review-built') return { files: answer.files, accounts: answer.accounts };
  return unexpected(answer);
}

/** `accountIds`: a slice of those accounts with what belongs to them (shared/fileFormat/slice.ts). */
export async function buildExport(redaction: Redaction, coachAlias: string, app: AppInfo, password?: string, accountIds?: string[]): Promise<{ blob: Blob; count: number }> {
  const answer = await send({ type: 'export', redaction, coachAlias, app, ...(password === undefined ? {} : { password }), ...(accountIds === undefined ? {} : { accountIds }) });
  if (answer.type === 'exported') return { blob: answer.blob, count: answer.count };
  return unexpected(answer);
}

export type MergePreviewOutcome =
  | { kind: 'preview'; preview: MergePreview }
  | { kind: 'needs-password'; file: string }
  | { kind: 'refused'; file: string | null; problems: Problem[]; total: number };

/** Reads, opens and checks every file and computes the merge; nothing is written. */
export async function previewMerge(files: { name: string; blob: Blob; password?: string }[], options: { restorePoint: boolean; app: AppInfo }, onProgress?: ProgressListener): Promise<MergePreviewOutcome> {
  const answer = await send({ type: 'merge-preview', files, ...options }, onProgress);
  if (answer.type === 'merge-preview') return { kind: 'preview', preview: answer.preview };
  if (answer.type === 'needs-password') return { kind: 'needs-password', file: answer.file ?? '' };
  if (answer.type === 'refused-file') return { kind: 'refused', file: answer.file, problems: answer.problems, total: answer.total };
  if (answer.type === 'refused') return { kind: 'refused', file: null, problems: answer.problems, total: answer.total };
  return unexpected(answer);
}

/** Writes the previewed merge with the person's flipped choices, in one transaction. */
export async function commitMerge(answers: MergeAnswers, onProgress?: ProgressListener): Promise<{ ok: true; count: number } | { ok: false; problems: Problem[]; total: number }> {
  const answer = await send({ type: 'merge-commit', ...answers }, onProgress);
  if (answer.type === 'merged') return { ok: true, count: answer.count };
  if (answer.type === 'refused') return { ok: false, problems: answer.problems, total: answer.total };
  return unexpected(answer);
}
