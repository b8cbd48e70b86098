/** Messages between the UI thread and the workspace worker (import and export run off the UI thread). */
import type { AppInfo } from '../../shared/fileFormat/envelope';
import type { Problem } from '../../shared/fileFormat/problems';

/** `backup` is the desktop's safety copy, taken by the UI between validation and writing. */
export type ImportPhase = 'reading' | 'parsing' | 'validating' | 'comparing' | 'backup' | 'writing';

/** Why a write failed, in the words the user gets: the disk or quota is full, or storage itself failed. */
export type StorageFailure = 'quota' | 'io' | null;

export type WorkerRequest =
  /** `restorePoint`: keep a copy of the current workspace before replacing it (the browser build). */
  | { type: 'import'; file: Blob; restorePoint: boolean; app: AppInfo }
  | { type: 'commit' }
  | { type: 'cancel' }
  | { type: 'warm-up' }
  | { type: 'export'; redact: boolean; app: AppInfo };

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
  | { type: 'validated'; summary: ImportSummary }
  | { type: 'imported'; count: number }
  | { type: 'cancelled' }
  | { type: 'ready' }
  | { type: 'exported'; blob: Blob; count: number }
  | { type: 'failed'; reason: string; storage: StorageFailure };
