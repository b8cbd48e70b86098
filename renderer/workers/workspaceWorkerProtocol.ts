/** Messages between the UI thread and the workspace worker (import and export run off the UI thread). */
import type { AppInfo } from '../../shared/fileFormat/envelope';
import type { Problem } from '../../shared/fileFormat/problems';

/** `backup` is the desktop's safety copy, taken by the UI between validation and writing. */
export type ImportPhase = 'reading' | 'parsing' | 'validating' | 'comparing' | 'backup' | 'writing';

/** Why a write failed, in the words the user gets: the disk or quota is full, or storage itself failed. */
export type StorageFailure = 'quota' | 'io' | null;

export type WorkerRequest =
  /** `restorePoint`: keep a copy of the current workspace before replacing it (the browser build). */
  | { type: 'import'; file: Blob; restorePoint: boolean; app: AppInfo; password?: string }
  | { type: 'commit' }
  | { type: 'cancel' }
  | { type: 'warm-up' }
  /** With `password`, the file is written encrypted (shared/fileFormat/encryption.ts). */
  | { type: 'export'; redact: boolean; app: AppInfo; password?: string };

export interface ImportSummary {
  incoming: number;
  existing: number;
  replaced: number;
  needsConfirmation: boolean;
  redacted: boolean;
  migratedFrom: number | null;
}

/** Every request gets exactly one answer that is not `progress`; the client queues on that. */
export type WorkerResponse =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'refused'; problems: Problem[]; total: number }
  /** The file is encrypted: ask for the password and send the import again with it. */
  | { type: 'needs-password' }
  | { type: 'validated'; summary: ImportSummary }
  | { type: 'imported'; count: number }
  | { type: 'cancelled' }
  | { type: 'ready' }
  | { type: 'exported'; blob: Blob; count: number }
  | { type: 'failed'; reason: string; storage: StorageFailure };
