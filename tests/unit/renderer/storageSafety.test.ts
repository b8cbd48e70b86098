import { describe, expect, it } from 'vitest';
import { readRestorePoint, saveRestorePoint, type RestorePointFolder } from '../../../renderer/data/restorePoint';
import { isStorageIoError, storageFailureOf } from '../../../renderer/data/storageErrors';
import { estimateSpace, spaceProblem, WRITE_FACTOR } from '../../../renderer/data/storageSpace';

const MB = 1024 * 1024;

/** An OPFS folder in memory; `failWrites` makes every write fail as a full disk does. */
function fakeFolder(options: { failWrites?: boolean } = {}) {
  const files = new Map<string, Blob>();
  const aborted: string[] = [];
  const folder = {
    getFileHandle: (name: string, opts?: { create?: boolean }) => {
      if (!files.has(name) && !opts?.create) return Promise.reject(new DOMException('missing', 'NotFoundError'));
      return Promise.resolve({
        getFile: () => Promise.resolve(new File([files.get(name) ?? new Blob([])], name)),
        createWritable: () => {
          const parts: BlobPart[] = [];
          return Promise.resolve({
            write: (data: Blob | string) => (options.failWrites ? Promise.reject(new DOMException('disk full', 'QuotaExceededError')) : (parts.push(data), Promise.resolve())),
            close: () => (files.set(name, new Blob(parts)), Promise.resolve()),
            abort: () => (aborted.push(name), Promise.resolve()),
          });
        },
      });
    },
    removeEntry: (name: string) => (files.delete(name) ? Promise.resolve() : Promise.reject(new DOMException('missing', 'NotFoundError'))),
    // Only what restorePoint.ts calls; the DOM handle types carry far more.
  } as unknown as RestorePointFolder;
  return { folder, files, aborted };
}

describe('room for an import is checked before anything is written', () => {
  it('refuses when the file (times what IndexedDB needs while writing) and the restore point do not fit, with both figures', () => {
    expect(spaceProblem({ usage: 10 * MB, quota: 200 * MB }, 45 * MB, 5 * MB)).toBeNull();
    expect(spaceProblem({ usage: 10 * MB, quota: 40 * MB }, 45 * MB, 5 * MB)).toEqual({
      path: '',
      code: 'not_enough_space',
      params: { neededMb: 45 * WRITE_FACTOR + 5, availableMb: 30 },
    });
    // A browser that cannot tell is not refused for that.
    expect(spaceProblem(null, 45 * MB, 0)).toBeNull();
    expect(spaceProblem({}, 45 * MB, 0)).toBeNull();
  });

  it('an estimate that fails counts as unknown', async () => {
    expect(await estimateSpace({ estimate: () => Promise.reject(new Error('no')) })).toBeNull();
    expect(await estimateSpace(undefined)).toBeNull();
    expect(await estimateSpace({ estimate: () => Promise.resolve({ usage: 1, quota: 2 }) })).toEqual({ usage: 1, quota: 2 });
  });
});

describe('the restore point kept before an import (browser build)', () => {
  it('keeps the workspace file and says when and how much', async () => {
    const { folder } = fakeFolder();
    await saveRestorePoint(folder, new Blob(['{"format":"keyplan-workspace"}']), { takenAt: '2026-11-29T10:00:00.000Z', records: 12 });
    const point = await readRestorePoint(folder);
    expect(point?.info).toEqual({ takenAt: '2026-11-29T10:00:00.000Z', records: 12, bytes: 30 });
    expect(await point?.file.text()).toBe('{"format":"keyplan-workspace"}');
  });

  it('a write that fails (full disk) leaves no half restore point, and the error goes to the caller', async () => {
    const { folder, aborted } = fakeFolder({ failWrites: true });
    await expect(saveRestorePoint(folder, new Blob(['x']), { takenAt: '2026-11-29T10:00:00.000Z', records: 1 })).rejects.toThrow('disk full');
    expect(aborted).toEqual(['restore-point.json']);
    expect(await readRestorePoint(folder)).toBeNull();
  });
});

describe('storage failures are told in plain words', () => {
  it('recognises Chromium reporting a full disk as an IO error, wrapped or not', () => {
    const io = new DOMException('Connection is closing because of: IO error: …/000012.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::1)', 'UnknownError');
    expect(isStorageIoError(io)).toBe(true);
    expect(storageFailureOf({ name: 'AbortError', inner: io })).toBe('io');
    expect(storageFailureOf(new DOMException('quota', 'QuotaExceededError'))).toBe('quota');
    expect(storageFailureOf(new Error('Account acc-1 does not exist'))).toBeNull();
  });
});
