/**
 * Workspace worker: reads, parses, validates and writes imports, and builds exports, off the UI
 * thread so a 100,000-record file never freezes the window. It opens the same Dexie database as
 * the UI; the UI's live queries see the committed import through Dexie's cross-context change
 * notifications.
 *
 * Exports come from a cache of serialized tables that is brought up to date, table by table, from
 * the revisions every write leaves behind (exportCache.ts).
 *
 * Import is two steps: `import` validates everything and reports the impact; only `commit` writes.
 */
import { KeyplanDatabase } from '../data/database';
import { replaceWorkspace, replacementImpact } from '../data/repositories/workspaceRepository';
import { errorMessage, storageFailureOf } from '../data/storageErrors';
import { opfsFolder, saveRestorePoint } from '../data/restorePoint';
import { estimateSpace, spaceProblem } from '../transfer/storageSpace';
import type { AppInfo } from '../../shared/fileFormat/envelope';
import { countRecords, type WorkspaceData } from '../../shared/domain/workspace';
import { parseJsonText, restore } from '../../shared/fileFormat/restore';
import { decryptWorkspaceFile, encryptWorkspaceFile, isEncryptedEnvelope } from '../../shared/fileFormat/encryption';
import { ExportCache } from './exportCache';
import type { WorkerRequest, WorkerResponse } from './workspaceWorkerProtocol';

const db = new KeyplanDatabase();
const exportCache = new ExportCache();
let pending: WorkspaceData | null = null;
/** The workspace as it is, to keep before the pending import replaces it (browser build). */
let pendingRestorePoint: { blob: Blob; records: number } | null = null;

const post = (message: WorkerResponse) => globalThis.postMessage(message);
const fail = (error: unknown) => post({ type: 'failed', reason: errorMessage(error), storage: storageFailureOf(error) });

async function validateImport(file: Blob, keepRestorePoint: boolean, app: AppInfo, password: string | undefined): Promise<void> {
  pending = null;
  pendingRestorePoint = null;
  post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
  const text = await file.text();
  post({ type: 'progress', phase: 'parsing', done: 0, total: 0 });
  let parsed = parseJsonText(text);
  if (!parsed.ok) {
    post({ type: 'refused', problems: [parsed.problem], total: 1 });
    return;
  }
  if (isEncryptedEnvelope(parsed.value)) {
    if (password === undefined) {
      post({ type: 'needs-password' });
      return;
    }
    const opened = await decryptWorkspaceFile(parsed.value, password);
    if (!opened.ok) {
      post({ type: 'refused', problems: [opened.problem], total: 1 });
      return;
    }
    parsed = parseJsonText(new TextDecoder().decode(opened.plain));
    if (!parsed.ok) {
      post({ type: 'refused', problems: [parsed.problem], total: 1 });
      return;
    }
  }
  post({ type: 'progress', phase: 'validating', done: 0, total: 0 });
  const result = restore(parsed.value);
  if (!result.ok) {
    post({ type: 'refused', problems: result.problems, total: result.total });
    return;
  }
  post({ type: 'progress', phase: 'comparing', done: 0, total: 0 });
  const impact = await replacementImpact(db, result.data);
  // An empty workspace has nothing to lose: no restore point then.
  let restorePoint: { blob: Blob; records: number } | null = null;
  if (keepRestorePoint && impact.existing > 0) {
    await exportCache.refresh(db);
    const { parts, count } = exportCache.build({ app, exportedAt: new Date().toISOString(), redact: false });
    restorePoint = { blob: new Blob(parts, { type: 'application/json' }), records: count };
  }
  const noRoom = spaceProblem(await estimateSpace(navigator.storage), file.size, restorePoint?.blob.size ?? 0);
  if (noRoom) {
    post({ type: 'refused', problems: [noRoom], total: 1 });
    return;
  }
  pending = result.data;
  pendingRestorePoint = restorePoint;
  post({ type: 'validated', summary: { ...impact, redacted: result.envelope.redacted, migratedFrom: result.migratedFrom } });
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
  const { written, revisions } = await replaceWorkspace(db, data, (done) => post({ type: 'progress', phase: 'writing', done, total }));
  post({ type: 'imported', count: written });
  // The worker is idle now: prepare the next export from what was just written.
  exportCache.seed(data, revisions);
}

async function exportWorkspace(request: Extract<WorkerRequest, { type: 'export' }>): Promise<void> {
  await exportCache.refresh(db);
  const { parts, count } = exportCache.build({ app: request.app, exportedAt: new Date().toISOString(), redact: request.redact });
  let blob = new Blob(parts, { type: 'application/json' });
  if (request.password !== undefined) {
    const sealed = await encryptWorkspaceFile(new Uint8Array(await blob.arrayBuffer()), request.password);
    blob = new Blob([JSON.stringify(sealed)], { type: 'application/json' });
  }
  post({ type: 'exported', blob, count });
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
        pendingRestorePoint = null;
        post({ type: 'cancelled' });
        return;
      case 'export':
        return exportWorkspace(request);
      case 'warm-up':
        await db.open();
        post({ type: 'ready' });
        return;
    }
  };
  run().catch(fail);
});
