/**
 * The workspace file envelope: `{ format, version, exportedAt, app, redacted, data }`.
 * `format` names the file kind so other JSON is refused by name; `version` drives migrations;
 * `redacted` says sensitive personal files were left out at the user's choice (`contactsLeftOut`,
 * `coachesHidden`: contact details, coaches' identities); `slice` that the file
 * holds only some accounts (slice.ts); `source` which workspace it came from (for merges).
 */
import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../domain/common';
import { TABLES, workspaceDataSchema, type TableName } from '../domain/workspace';

export const WORKSPACE_FORMAT = 'keyplan-workspace';
/** Version 1 was the pilot format (see migrations.ts). */
export const CURRENT_FORMAT_VERSION = 2;
/** Files larger than this are refused before parsing (a 100,000-record workspace is about 40 MB). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export const appInfoSchema = z.object({
  name: z.string().max(100),
  version: z.string().max(50),
});

/**
 * A record version kept for merges (shared/merge/mergeHistory.ts): only what a merge needs to weigh it
 * is required; it is never stored as a record, so an odd field cannot reach the workspace.
 */
const historyRecordSchema = z.looseObject({ id: idSchema, updatedAt: isoInstantSchema, deletedAt: isoInstantSchema.nullable().default(null) });
const historyEntrySchema = z.object({ table: z.enum(TABLES as [TableName, ...TableName[]]), record: historyRecordSchema });

/**
 * Where the file's records came from, for a three-way merge: `pristineFrom` the workspace its
 * untouched records came from, `ancestors` the version before each change made since, and `seen`
 * (only in a complete file: restore points and backups) what each source last sent.
 */
export const historySchema = z.object({
  pristineFrom: idSchema.nullable().optional(),
  ancestors: z.array(historyEntrySchema).default([]),
  seen: z.array(historyEntrySchema.extend({ source: idSchema.nullable() })).optional(),
});

export type FileHistory = z.infer<typeof historySchema>;

export const envelopeSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(CURRENT_FORMAT_VERSION),
  exportedAt: isoInstantSchema,
  app: appInfoSchema,
  redacted: z.boolean().default(false),
  /** Contact details were left out (the review pack's redaction, applied to the workspace file). */
  contactsLeftOut: z.boolean().default(false),
  /** Coaches are named by an alias (向导 A …) and what was written about them is left out. */
  coachesHidden: z.boolean().default(false),
  /** Some accounts of a workspace, with what belongs to them (slice.ts): to be merged, not to replace. */
  slice: z.boolean().default(false),
  /**
   * The workspace the file was exported from (a random id kept on that machine, never a name): a
   * merge keeps its per-record base per source. Absent in files written before sources existed.
   */
  source: idSchema.optional(),
  /** Absent in files written before merges were three-way: their bases are not known. */
  history: historySchema.optional(),
  data: workspaceDataSchema,
});

export type WorkspaceEnvelope = z.infer<typeof envelopeSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
