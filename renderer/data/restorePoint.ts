/**
 * The browser build's restore point: before an import replaces a workspace, a complete export of it
 * is kept as a file in the origin private file system (OPFS), outside IndexedDB. If the replacing
 * write fails and the database does not come back (a full disk can leave Chromium's backing store
 * unusable), the workspace as it was before the import is still there to restore from, and the app
 * offers it. One restore point is kept: the one before the latest import. (The desktop build writes
 * its own backup file before every import instead: electron/backups.ts.)
 */
const FILE = 'restore-point.json';
const META = 'restore-point-meta.json';

export interface RestorePointInfo {
  takenAt: string;
  records: number;
  bytes: number;
}

/** The folder it lives in: the OPFS root, or a fake in tests. */
export type RestorePointFolder = Pick<FileSystemDirectoryHandle, 'getFileHandle' | 'removeEntry'>;

export function opfsFolder(storage: StorageManager | undefined): Promise<RestorePointFolder> | null {
  return storage && typeof storage.getDirectory === 'function' ? storage.getDirectory() : null;
}

async function write(folder: RestorePointFolder, name: string, data: Blob | string): Promise<void> {
  const handle = await folder.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

/** Keeps `blob` (a workspace file) as the restore point; the old one is replaced only once this one is whole. */
export async function saveRestorePoint(folder: RestorePointFolder, blob: Blob, info: Omit<RestorePointInfo, 'bytes'>): Promise<void> {
  // The metadata goes last: a restore point without it is one whose write did not finish.
  await folder.removeEntry(META).catch(() => undefined);
  await write(folder, FILE, blob);
  await write(folder, META, JSON.stringify({ ...info, bytes: blob.size } satisfies RestorePointInfo));
}

export async function readRestorePoint(folder: RestorePointFolder): Promise<{ info: RestorePointInfo; file: File } | null> {
  try {
    const meta = JSON.parse(await (await (await folder.getFileHandle(META)).getFile()).text()) as RestorePointInfo;
    const file = await (await folder.getFileHandle(FILE)).getFile();
    if (file.size !== meta.bytes) return null;
    return { info: meta, file: new File([file], `keyplan-restore-point-${meta.takenAt.slice(0, 10)}.json`, { type: 'application/json' }) };
  } catch {
    return null;
  }
}
