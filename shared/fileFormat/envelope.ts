/**
 * The workspace file envelope: `{ format, version, exportedAt, app, redacted, data }`.
 * `format` names the file kind so other JSON is refused by name; `version` drives migrations;
 * `redacted` says sensitive personal files were left out at the user's choice (`contactsLeftOut`,
 * `coachesHidden`: contact details, coaches' identities); `slice` that the file
 * holds only some accounts (slice.ts); `source` which workspace it came from (for merges).
 */
import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../domain/common';
import { workspaceDataSchema } from '../domain/workspace';

export const WORKSPACE_FORMAT = 'keyplan-workspace';
/** Version 1 was the pilot format (see migrations.ts). */
export const CURRENT_FORMAT_VERSION = 2;
/** Files larger than this are refused before parsing (a 100,000-record workspace is about 40 MB). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export const appInfoSchema = z.object({
  name: z.string().max(100),
  version: z.string().max(50),
});

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
  data: workspaceDataSchema,
});

export type WorkspaceEnvelope = z.infer<typeof envelopeSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
