/**
 * Workspace worker: reads, parses, validates and writes imports, and builds exports, off the UI
 * thread so a 100,000-record file never freezes the window. It opens the same Dexie database as
 * the UI; the UI's live queries see the committed import through Dexie's cross-context change
 * notifications.
 *
 * Exports come from a cache of serialized tables that is brought up to date, table by table, from
 * the revisions every write leaves behind (exportCache.ts).
 *
 * Import is two steps: `import` validates everything and reports the impact; only `commit` writes —
 * except into a workspace with no records, of a file that asks nothing of the person: there is nothing
 * to confirm or keep, so it is written while it is checked (importWhileChecking.ts), in one transaction
 * that is dropped whole if any check fails.
 */
import { KeyplanDatabase } from '../data/database';
import { readWorkspace, replaceWorkspace, replacementImpact, storedRecordCount, tablesMissingFrom, type StoredWorkspace } from '../data/repositories/workspaceRepository';
import { importWhileChecking } from './importWhileChecking';
import { ChangedSincePreviewError, fileHistoryOf, historyRecordsAfterImport, readMergeHistory, workspaceIdentity, writeMerge } from '../data/repositories/mergeRepository';
import { finishMerge, planMerge, type MergeFile, type MergePlan } from '../../shared/merge/mergePlan';
import type { RevisionsRecord } from '../data/schema';
import { sliceWorkspace } from '../../shared/fileFormat/slice';
import { serializeWorkspace } from '../../shared/fileFormat/serialize';
import type { Problem } from '../../shared/fileFormat/problems';
import { errorMessage, storageFailureOf } from '../data/storageErrors';
import { opfsFolder, saveRestorePoint } from '../data/restorePoint';
import { estimateSpace, spaceProblem } from '../data/storageSpace';
import type { AppInfo, WorkspaceEnvelope } from '../../shared/fileFormat/envelope';
import { TABLES, countRecords, type WorkspaceData } from '../../shared/domain/workspace';
import type { MergeHistory } from '../../shared/merge/mergeHistory';
import { checkWorkspace, parseJsonText, restore } from '../../shared/fileFormat/restore';
import { decryptWorkspaceFile, encryptWorkspaceFile, isEncryptedEnvelope } from '../../shared/fileFormat/encryption';
import { ExportCache } from './exportCache';
import type { ReviewRequest, WorkerRequest, WorkerResponse } from './workspaceWorkerProtocol';
import type { ReviewFileFormat } from '../report/buildReviewFiles';

const db = new KeyplanDatabase();
const exportCache = new ExportCache();
let pending: WorkspaceData | null = null;
/** Where the pending import's records came from (its envelope): the history it leaves. */
let pendingOrigin: Pick<WorkspaceEnvelope, 'source' | 'history'> = {};
/** The workspace as it is, to keep before the pending import replaces it (browser build). */
let pendingRestorePoint: { blob: Blob; records: number } | null = null;

const post = (message: WorkerResponse) => globalThis.postMessage(message);
const fail = (error: unknown) => post({ type: 'failed', reason: errorMessage(error), storage: storageFailureOf(error) });

type FileReading = { ok: true; value: unknown } | { ok: false; needsPassword: true } | { ok: false; problems: Problem[]; total: number };

/** Reads a workspace file's JSON, opening it with `password` when it is encrypted. */
async function readFileJson(file: Blob, password: string | undefined): Promise<FileReading> {
  const text = await file.text();
  post({ type: 'progress', phase: 'parsing', done: 0, total: 0 });
  let parsed = parseJsonText(text);
  if (parsed.ok && isEncryptedEnvelope(parsed.value)) {
    if (password === undefined) return { ok: false, needsPassword: true };
    const opened = await decryptWorkspaceFile(parsed.value, password);
    if (!opened.ok) return { ok: false, problems: [opened.problem], total: 1 };
    parsed = parseJsonText(new TextDecoder().decode(opened.plain));
  }
  return parsed.ok ? parsed : { ok: false, problems: [parsed.problem], total: 1 };
}

/** Whether importing the file asks the person anything (what it left out): then it is confirmed first. */
function asksNothing(document: unknown): boolean {
  if (typeof document !== 'object' || document === null) return false;
  const { redacted, contactsLeftOut, coachesHidden } = document as Record<string, unknown>;
  return redacted !== true && contactsLeftOut !== true && coachesHidden !== true;
}

async function validateImport(file: Blob, keepRestorePoint: boolean, app: AppInfo, password: string | undefined): Promise<void> {
  pending = null;
  pendingRestorePoint = null;
  post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
  const parsed = await readFileJson(file, password);
  if (!parsed.ok) {
    post('needsPassword' in parsed ? { type: 'needs-password' } : { type: 'refused', problems: parsed.problems, total: parsed.total });
    return;
  }
  // Into an empty workspace, a file that asks nothing of the person is written as it is checked.
  if ((await storedRecordCount(db)) === 0 && asksNothing(parsed.value)) {
    exportCache.clear();
    const straight = await importWhileChecking(db, parsed.value, { space: await estimateSpace(navigator.storage), fileBytes: file.size }, post);
    if (straight.kind === 'imported') {
      exportCache.seed(straight.data, straight.revisions);
      return;
    }
    if (straight.kind === 'refused') return;
    // Otherwise nothing was written and restore() below gives its verdict in its own words.
  }
  post({ type: 'progress', phase: 'validating', done: 0, total: 0 });
  const result = restore(parsed.value);
  if (!result.ok) {
    post({ type: 'refused', problems: result.problems, total: result.total });
    return;
  }
  post({ type: 'progress', phase: 'comparing', done: 0, total: 0 });
  const impact = await replacementImpact(db, result.data, tablesMissingFrom(parsed.value));
  // An empty workspace has nothing to lose: no restore point then.
  let restorePoint: { blob: Blob; records: number } | null = null;
  if (keepRestorePoint && impact.existing > 0) {
    await exportCache.refresh(db);
    const history = fileHistoryOf(await readMergeHistory(db));
    const { parts, count } = exportCache.build({ app, exportedAt: new Date().toISOString(), redact: false, source: await sourceId(), history });
    restorePoint = { blob: new Blob(parts, { type: 'application/json' }), records: count };
  }
  const noRoom = spaceProblem(await estimateSpace(navigator.storage), file.size, restorePoint?.blob.size ?? 0);
  if (noRoom) {
    post({ type: 'refused', problems: [noRoom], total: 1 });
    return;
  }
  pending = result.data;
  pendingOrigin = { source: result.envelope.source, history: result.envelope.history };
  pendingRestorePoint = restorePoint;
  const { redacted, contactsLeftOut, coachesHidden } = result.envelope;
  post({ type: 'validated', summary: { ...impact, redacted, contactsLeftOut, coachesHidden, migratedFrom: result.migratedFrom } });
}

async function commitImport(): Promise<void> {
  const data = pending;
  const restorePoint = pendingRestorePoint;
  pending = null;
  pendingRestorePoint = null;
  if (!data) throw new Error('Nothing to import: validate a file first');
  const total = countRecords(data);
  // The copy of the workspace is whole before anything is replaced; if it cannot be kept, nothing is.
  const folder = restorePoint ? opfsFolder(navigator.storage) : null;
  if (restorePoint && folder) {
    post({ type: 'progress', phase: 'backup', done: 0, total: 0 });
    await saveRestorePoint(await folder, restorePoint.blob, { takenAt: new Date().toISOString(), records: restorePoint.records });
  }
  exportCache.clear();
  const origin = pendingOrigin;
  const { written, revisions } = await replaceWorkspace(
    db,
    data,
    (done) => post({ type: 'progress', phase: 'writing', done, total }),
    (ownId) => historyRecordsAfterImport(origin, ownId),
  );
  post({ type: 'imported', count: written });
  // The worker is idle now: prepare the next export from what was just written.
  exportCache.seed(data, revisions);
}

/** This workspace's id, read (or made) once: imports keep it, so it never changes under the worker. */
let identity: Promise<string> | null = null;
const sourceId = (): Promise<string> =>
  (identity ??= workspaceIdentity(db).catch((error: unknown) => {
    // A failed read is not remembered: the next export tries again.
    identity = null;
    throw error;
  }));

interface PendingMerge {
  plan: MergePlan;
  revisions: RevisionsRecord['tables'];
  /** Bytes of the files, for the room check at commit. */
  bytes: number;
  /** The workspace as previewed, built after the preview is shown (or why it could not be). */
  restorePoint: { blob: Blob; records: number } | Error | null;
}

let pendingMerge: PendingMerge | null = null;

function currentRestorePoint(app: AppInfo, stored: StoredWorkspace, source: string, history: MergeHistory): { blob: Blob; records: number } {
  // The workspace was just read: the export cache takes what it lacks from that read, not from a second one.
  exportCache.absorb(stored);
  // Its source is this workspace's and it holds the merge history: undoing the merge brings both back.
  const { parts, count } = exportCache.build({ app, exportedAt: new Date().toISOString(), redact: false, source, history: fileHistoryOf(history) });
  return { blob: new Blob(parts, { type: 'application/json' }), records: count };
}

async function previewMerge(request: Extract<WorkerRequest, { type: 'merge-preview' }>): Promise<void> {
  pendingMerge = null;
  const files: MergeFile[] = [];
  let bytes = 0;
  // The workspace is read while the files are parsed: IndexedDB works in the browser's storage
  // process meanwhile, so the two overlap instead of adding up.
  const reading = readWorkspace(db);
  reading.catch(() => undefined);
  for (const file of request.files) {
    post({ type: 'progress', phase: 'reading', done: files.length, total: request.files.length });
    const parsed = await readFileJson(file.blob, file.password);
    if (!parsed.ok) {
      post('needsPassword' in parsed ? { type: 'needs-password', file: file.name } : { type: 'refused-file', file: file.name, problems: parsed.problems, total: parsed.total });
      return;
    }
    post({ type: 'progress', phase: 'validating', done: files.length, total: request.files.length });
    const result = restore(parsed.value);
    if (!result.ok) {
      post({ type: 'refused-file', file: file.name, problems: result.problems, total: result.total });
      return;
    }
    const { settings, ...tables } = result.data;
    files.push({
      name: file.name,
      source: result.envelope.source ?? null,
      settings,
      tables,
      redacted: result.envelope.redacted,
      contactsLeftOut: result.envelope.contactsLeftOut,
      coachesHidden: result.envelope.coachesHidden,
      ...(result.envelope.history ? { ancestors: new Map(result.envelope.history.ancestors.map(({ table, record }) => [`${table}/${record.id}`, record])) } : {}),
    });
    bytes += file.blob.size;
  }
  post({ type: 'progress', phase: 'comparing', done: 0, total: 0 });
  const stored = await reading;
  const history = await readMergeHistory(db);
  const plan = planMerge(stored, files, history);
  const merge: PendingMerge = { plan, revisions: stored.revisions, bytes, restorePoint: null };
  pendingMerge = merge;
  post({ type: 'merge-preview', preview: plan.preview });
  // Undo merge restores this: the workspace exactly as previewed (the merge is written only if it is
  // still so). Serialising 100,000 records takes seconds: done while the person reads the preview,
  // which therefore shows that much sooner; a commit sent meanwhile waits for it.
  if (request.restorePoint) {
    try {
      merge.restorePoint = currentRestorePoint(request.app, stored, await sourceId(), history);
    } catch (error) {
      merge.restorePoint = error instanceof Error ? error : new Error(String(error));
    }
  }
}

async function commitMerge(request: Extract<WorkerRequest, { type: 'merge-commit' }>): Promise<void> {
  const merge = pendingMerge;
  pendingMerge = null;
  if (!merge) throw new Error('Nothing to merge: preview the files first');
  const restorePoint = merge.restorePoint;
  if (restorePoint instanceof Error) throw restorePoint;
  const noRoom = spaceProblem(await estimateSpace(navigator.storage), merge.bytes + (restorePoint?.blob.size ?? 0), restorePoint?.blob.size ?? 0);
  if (noRoom) {
    post({ type: 'refused', problems: [noRoom], total: 1 });
    return;
  }
  const finished = finishMerge(merge.plan, { choices: new Map(request.choices), links: request.links, settings: request.settings });
  const data: WorkspaceData = { settings: finished.settings, ...finished.tables };
  // The merged workspace goes through the same checks across records as an imported file before
  // anything is written; each record passed restore() already (in its file, or when it was stored).
  const checked = checkWorkspace(data);
  if (!checked.ok) {
    post({ type: 'refused', problems: checked.problems, total: checked.total });
    return;
  }
  const folder = restorePoint ? opfsFolder(navigator.storage) : null;
  if (restorePoint && folder) {
    post({ type: 'progress', phase: 'backup', done: 0, total: 0 });
    await saveRestorePoint(await folder, restorePoint.blob, { takenAt: new Date().toISOString(), records: restorePoint.records });
  }
  try {
    await writeMerge(db, finished, merge.revisions, (done, total) => post({ type: 'progress', phase: 'writing', done, total }));
  } catch (error) {
    if (!(error instanceof ChangedSincePreviewError)) throw error;
    post({ type: 'refused', problems: [{ path: '', code: 'changed_since_preview', params: {} }], total: 1 });
    return;
  }
  post({ type: 'merged', count: countRecords(finished.tables) });
}

async function exportWorkspace(request: Extract<WorkerRequest, { type: 'export' }>): Promise<void> {
  let parts: BlobPart[];
  let count: number;
  // Every file says which workspace it came from, so a merge can keep its base per source.
  const source = await sourceId();
  const history = await readMergeHistory(db);
  const leftOut = { redact: !request.redaction.personalFiles, withoutContacts: !request.redaction.contacts, ...(request.redaction.hideCoaches ? { coachAlias: request.coachAlias } : {}) };
  if (request.accountIds) {
    // A slice: read once, filtered to the accounts and what belongs to them (not cached: it is small).
    const stored = await readWorkspace(db);
    const slice = sliceWorkspace(stored.tables, request.accountIds);
    const held = new Set(TABLES.flatMap((table) => slice[table].map((r) => `${table}/${r.id}`)));
    parts = serializeWorkspace(stored.settings, slice, { app: request.app, exportedAt: new Date().toISOString(), ...leftOut, slice: true, source, history: fileHistoryOf(history, (key) => held.has(key)) });
    count = countRecords(slice);
  } else {
    await exportCache.refresh(db, leftOut);
    ({ parts, count } = exportCache.build({ app: request.app, exportedAt: new Date().toISOString(), ...leftOut, source, history: fileHistoryOf(history) }));
  }
  let blob = new Blob(parts, { type: 'application/json' });
  if (request.password !== undefined) {
    const sealed = await encryptWorkspaceFile(new Uint8Array(await blob.arrayBuffer()), request.password);
    blob = new Blob([JSON.stringify(sealed)], { type: 'application/json' });
  }
  post({ type: 'exported', blob, count });
}

/**
 * A review pack's files from one read of the workspace; their code loads on the first request
 * (renderer/report/buildReviewFiles.ts).
 */
async function reviewFilesOf(request: ReviewRequest, formats: ReviewFileFormat[]): Promise<void> {
  post({ type: 'progress', phase: 'reading', done: 0, total: 0, file: 0 });
  const [stored, { buildReviewFiles }] = await Promise.all([readWorkspace(db), import('../report/buildReviewFiles')]);
  const built = await buildReviewFiles(stored, request, formats, (file, done, total) => post({ type: 'progress', phase: 'writing', done, total, file }));
  post({ type: 'review-built', ...built });
}

globalThis.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const run = async () => {
    switch (request.type) {
      case 'import':
        return validateImport(request.file, request.restorePoint, request.app, request.password);
      case 'commit':
        return commitImport();
      case 'cancel':
        pending = null;
        pendingMerge = null;
        pendingRestorePoint = null;
        post({ type: 'cancelled' });
        return;
      case 'export':
        return exportWorkspace(request);
      case 'merge-preview':
        return previewMerge(request);
      case 'merge-commit':
        return commitMerge(request);
      case 'review-files':
        return reviewFilesOf(request.request, request.formats);
      case 'warm-up':
        await db.open();
        post({ type: 'ready' });
        return;
    }
  };
  run().catch(fail);
});
