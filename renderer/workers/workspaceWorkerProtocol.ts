/** Messages between the UI thread and the workspace worker (import and export run off the UI thread). */
import type { AppInfo } from '../../shared/fileFormat/envelope';
import type { Problem } from '../../shared/fileFormat/problems';

/** `backup` is the desktop's safety copy, taken by the UI between validation and writing. */
export type ImportPhase = 'reading' | 'parsing' | 'validating' | 'comparing' | 'backup' | 'writing';

export type WorkerRequest =
  | { type: 'import'; file: Blob }
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
  | { type: 'failed'; reason: string; quota: boolean };
