/**
 * Recognises storage failures the user must be told about in plain words. Dexie wraps the DOM
 * exception, so both the error and its `inner` are inspected.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * A storage engine failure that is not a quota refusal: Chromium reports a full disk under IndexedDB
 * as an IO error ("Connection is closing because of: IO error … FILE_ERROR_NO_SPACE") or UnknownError.
 */
export function isStorageIoError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    const name = (e as { name?: unknown }).name;
    const message = (e as { message?: unknown }).message;
    if (name === 'UnknownError' || name === 'DatabaseClosedError') return true;
    if (typeof message === 'string' && /IO error|FILE_ERROR|Connection is closing|No space/i.test(message)) return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export function storageFailureOf(error: unknown): 'quota' | 'io' | null {
  if (isQuotaError(error)) return 'quota';
  return isStorageIoError(error) ? 'io' : null;
}

/** Why a write failed, as far as the storage says: the disk is full, the disk failed, or neither. */
export type StorageFailure = 'quota' | 'io' | null;

/** A write the workspace worker could not make, with what the storage said (the window reports it). */
export class StorageWriteError extends Error {
  readonly storage: StorageFailure;
  constructor(reason: string, storage: StorageFailure) {
    super(reason);
    this.name = 'StorageWriteError';
    this.storage = storage;
  }
}
