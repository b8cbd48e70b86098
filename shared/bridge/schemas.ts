/** Payload schemas for every bridge channel; the main process parses each message with these. */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { MAX_FILE_NAME_LENGTH } from './fileNames';
import {
  BACKUP_REASONS,
  FILE_KINDS,
  MAX_BRIDGE_FILE_BYTES,
  type OpenFileRequest,
  type PrintToPdfRequest,
  type ReportPdfRequest,
  type ReadBackupRequest,
  type SaveBackupRequest,
  type SaveFileRequest,
  type SetBackupPasswordRequest,
  type SetLanguageRequest,
} from './contract';

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MAX_BRIDGE_FILE_BYTES, {
  message: 'must be at most 512 MB of bytes',
});

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) < 32) return true;
  return false;
}

/** A plain file name: no folders, no characters Windows reserves, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && !hasControlCharacter(name) && name !== '.' && name !== '..', {
    message: 'must be a plain file name',
  });

export const saveFileRequestSchema = z.strictObject({ suggestedName: fileNameSchema, kind: z.enum(FILE_KINDS), bytes: bytesSchema }) satisfies z.ZodType<SaveFileRequest>;
export const openFileRequestSchema = z.strictObject({ kind: z.enum(FILE_KINDS) }) satisfies z.ZodType<OpenFileRequest>;
// base64url of a checked request: the page checks it again, this only bounds what crosses the bridge.
export const reportPdfRequestSchema = z.strictObject({ fragment: z.string().regex(/^[A-Za-z0-9_-]+$/).max(400_000) }) satisfies z.ZodType<ReportPdfRequest>;
export const printToPdfRequestSchema = z.strictObject({ suggestedName: fileNameSchema }) satisfies z.ZodType<PrintToPdfRequest>;
export const setLanguageRequestSchema = z.strictObject({ language: z.enum(LANGUAGES) }) satisfies z.ZodType<SetLanguageRequest>;
export const saveBackupRequestSchema = z.strictObject({ reason: z.enum(BACKUP_REASONS), bytes: bytesSchema }) satisfies z.ZodType<SaveBackupRequest>;
export const emptyRequestSchema = z.strictObject({});
export const readBackupRequestSchema = z.strictObject({ name: fileNameSchema }) satisfies z.ZodType<ReadBackupRequest>;
export const setBackupPasswordRequestSchema = z.strictObject({ password: z.string().max(1024).nullable() }) satisfies z.ZodType<SetBackupPasswordRequest>;
