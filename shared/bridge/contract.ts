/**
 * The one typed bridge between the renderer and the desktop shell: channel names, request and
 * answer types, and the `DesktopBridge` the preload implements (checked with `satisfies`). The
 * main process parses every payload with bridge/schemas.ts before acting. This file has no
 * run-time dependencies so the sandboxed preload bundle stays a few kilobytes.
 */
import type { Language } from '../i18n/languages';

export const FILE_KINDS = ['workspace', 'pdf', 'png', 'svg', 'xlsx', 'pptx', 'csv'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Largest file the shell writes or reads for the renderer (a 100k-record workspace is ~40 MB). */
export const MAX_BRIDGE_FILE_BYTES = 512 * 1024 * 1024;

export interface SaveFileRequest {
  suggestedName: string;
  kind: FileKind;
  bytes: Uint8Array;
}
export interface OpenFileRequest {
  kind: FileKind;
}
export interface PrintToPdfRequest {
  suggestedName: string;
}
export interface ReportPdfRequest {
  /** report.html's fragment: the review request, encoded (shared/report/reviewRequest.ts). */
  fragment: string;
}
export interface SetLanguageRequest {
  language: Language;
}

export type SaveFileResult = { saved: true; name: string } | { saved: false };

export const BACKUP_REASONS = ['before-import', 'daily'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export interface SaveBackupRequest {
  reason: BackupReason;
  bytes: Uint8Array;
}
/** One automatic backup as Settings lists it; null where a backup predates the checks. */
export interface BackupEntry {
  name: string;
  reason: BackupReason;
  /** When it was written (ms since 1970). */
  at: number;
  /** Whether restore() accepted it when it was written. */
  restorable: boolean | null;
  records: number | null;
  bytes: number | null;
  encrypted: boolean;
}
export interface ReadBackupRequest {
  name: string;
}
/** Automatic backups sealed with a password kept in the system key store (electron/backupPassword.ts). */
export interface BackupEncryptionState {
  /** False where the system has no key store (the password could not be kept safely). */
  available: boolean;
  enabled: boolean;
}
/** `password: null` turns encryption off (later backups are written plain). */
export interface SetBackupPasswordRequest {
  password: string | null;
}
export type SetBackupPasswordResult = { ok: true } | { ok: false; reason: 'unavailable' | 'too-short' };
export type OpenFileResult = { name: string; bytes: Uint8Array } | null;
export interface DesktopAppInfo {
  name: string;
  version: string;
  platform: string;
}

export const MENU_COMMANDS = ['import-workspace', 'export-workspace', 'review-pack', 'print'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const IPC_CHANNELS = {
  appInfo: 'keyplan:app-info',
  saveFile: 'keyplan:save-file',
  openFile: 'keyplan:open-file',
  printToPdf: 'keyplan:print-to-pdf',
  reportPdf: 'keyplan:report-pdf',
  setLanguage: 'keyplan:set-language',
  saveBackup: 'keyplan:save-backup',
  isDailyBackupDue: 'keyplan:is-daily-backup-due',
  openBackupsFolder: 'keyplan:open-backups-folder',
  backupEncryption: 'keyplan:backup-encryption',
  setBackupPassword: 'keyplan:set-backup-password',
  listBackups: 'keyplan:list-backups',
  readBackup: 'keyplan:read-backup',
  menuCommand: 'keyplan:menu-command',
} as const;

export interface DesktopBridge {
  appInfo(): Promise<DesktopAppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** The review report printed to PDF in a hidden window; the caller saves the bytes. */
  reportPdf(request: ReportPdfRequest): Promise<Uint8Array>;
  setLanguage(request: SetLanguageRequest): Promise<void>;
  /** Writes an automatic backup file outside IndexedDB; returns its file name. */
  saveBackup(request: SaveBackupRequest): Promise<string>;
  isDailyBackupDue(): Promise<boolean>;
  openBackupsFolder(): Promise<void>;
  backupEncryption(): Promise<BackupEncryptionState>;
  setBackupPassword(request: SetBackupPasswordRequest): Promise<SetBackupPasswordResult>;
  listBackups(): Promise<BackupEntry[]>;
  /** A listed backup's bytes, to restore through the ordinary import (validated, confirmed, backed up first). */
  readBackup(request: ReadBackupRequest): Promise<OpenFileResult>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
