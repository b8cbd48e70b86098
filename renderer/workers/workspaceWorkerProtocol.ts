import type { TableName } from '../../shared/domain/workspace';
/** Messages between the UI thread and the workspace worker (import and export run off the UI thread). */
import type { AppInfo } from '../../shared/fileFormat/envelope';
import type { Problem } from '../../shared/fileFormat/problems';
import type { MergePreview } from '../../shared/merge/mergePlan';
import type { Redaction } from '../../shared/report/redaction';
import type { ReviewRequest } from '../../shared/report/reviewRequest';
import type { StorageFailure } from '../data/storageErrors';
import type { ReviewFileFormat } from '../report/buildReviewFiles';

/** The review pack's files the worker builds (the PDF is the report page, printed). */

/** `backup` is the desktop's safety copy, taken by the UI between validation and writing. */
export type ImportPhase = 'reading' | 'parsing' | 'validating' | 'comparing' | 'backup' | 'writing';

/** Why a write failed, in the words the user gets: the disk or quota is full, or storage itself failed. */

export type WorkerRequest =
  /** `restorePoint`: keep a copy of the current workspace before replacing it (the browser build). */
  | { type: 'import'; file: Blob; restorePoint: boolean; app: AppInfo; password?: string }
  | { type: 'commit' }
  | { type: 'cancel' }
  | { type: 'warm-up' }
  /** Merge files into the workspace: first a preview (nothing written), then `merge-commit`. */
  | { type: 'merge-preview'; files: { name: string; blob: Blob; password?: string }[]; restorePoint: boolean; app: AppInfo }
  | ({ type: 'merge-commit' } & MergeAnswers)
  /** With `password`, the file is written encrypted (shared/fileFormat/encryption.ts). */
  /** `coachAlias` words a hidden coach's alias ("向导 {letter}") in the person's language. */
  | { type: 'export'; redaction: Redaction; coachAlias: string; app: AppInfo; password?: string; accountIds?: string[] }
  /**
   * The review pack's files for a scope, worded in the request's language (shared/report,
   * renderer/report): the workspace is read and the pack's model built once for all of them.
   */
  | { type: 'review-files'; formats: ReviewFileFormat[]; request: ReviewRequest };

export type { ReviewRequest };

export interface ImportSummary {
  incoming: number;
  existing: number;
  replaced: number;
  needsConfirmation: boolean;
  /** Tables the file lacks altogether that the import would empty (workspaceRepository.replacementImpact). */
  emptied: { table: TableName; count: number }[];
  redacted: boolean;
  contactsLeftOut: boolean;
  coachesHidden: boolean;
  migratedFrom: number | null;
}

/** Every request gets exactly one answer that is not `progress`; the client queues on that. */
export type WorkerResponse =
  /** `file`: which of a review pack's files the progress is of (its index in the request's formats). */
  | { type: 'progress'; phase: ImportPhase; done: number; total: number; file?: number }
  | { type: 'refused'; problems: Problem[]; total: number }
  /** The file is encrypted: ask for the password and send the import again with it. */
  | { type: 'needs-password'; file?: string }
  | { type: 'refused-file'; file: string; problems: Problem[]; total: number }
  | { type: 'merge-preview'; preview: MergePreview }
  | { type: 'merged'; count: number }
  | { type: 'validated'; summary: ImportSummary }
  /**
   * After `commit`; or straight after `import` when the workspace held no records and the file asks
   * nothing (not redacted …): then it was written while it was checked, and `summary` says so.
   */
  | { type: 'imported'; count: number; summary?: ImportSummary }
  | { type: 'cancelled' }
  | { type: 'ready' }
  | { type: 'exported'; blob: Blob; count: number }
  | { type: 'review-built'; files: { format: ReviewFileFormat; blob: Blob }[]; accounts: number }
  | { type: 'failed'; reason: string; storage: StorageFailure };

/** The person's answers to a merge preview. */
export interface MergeAnswers {
  /** Per conflict (`table/id#field`) settled otherwise than the default, the side whose value to keep. */
  choices: [string, string][];
  /** `[the file's account, ours]` to fold into one. */
  links: [string, string][];
  /** Settings groups to take from a file: `[group, file name]`. */
  settings: [string, string][];
}

export type { MergeConflictView, MergePreview, SettingsDifference } from '../../shared/merge/mergePlan';
