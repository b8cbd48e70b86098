/**
 * The one typed bridge between the renderer and the desktop shell. The preload implements
 * `DesktopBridge` (checked with `satisfies`), the main process registers one handler per channel
 * and parses every payload with these schemas before acting. Nothing else crosses the boundary.
 */
import { z } from 'zod';
import { LANGUAGES } from './i18n';

export const FILE_KINDS = ['workspace', 'pdf'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Largest file the shell writes or reads for the renderer (a 100k-record workspace is ~40 MB). */
export const MAX_BRIDGE_FILE_BYTES = 512 * 1024 * 1024;

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MAX_BRIDGE_FILE_BYTES, {
  message: 'must be at most 512 MB of bytes',
});

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) < 32) return true;
  return false;
}

const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // No path separators, reserved Windows characters or control characters (code points below 32).
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && !hasControlCharacter(name), { message: 'must be a plain file name' });

export const saveFileRequestSchema = z.object({ suggestedName: fileNameSchema, kind: z.enum(FILE_KINDS), bytes: bytesSchema });
export const openFileRequestSchema = z.object({ kind: z.enum(FILE_KINDS) });
export const printToPdfRequestSchema = z.object({ suggestedName: fileNameSchema });
export const setLanguageRequestSchema = z.object({ language: z.enum(LANGUAGES) });
export const emptyRequestSchema = z.object({}).strict();

export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;
export type SetLanguageRequest = z.infer<typeof setLanguageRequestSchema>;

export type SaveFileResult = { saved: true; name: string } | { saved: false };
export type OpenFileResult = { name: string; bytes: Uint8Array } | null;
export interface DesktopAppInfo {
  name: string;
  version: string;
  platform: string;
}

export const MENU_COMMANDS = ['import-workspace', 'export-workspace', 'print'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const IPC_CHANNELS = {
  appInfo: 'keyplan:app-info',
  saveFile: 'keyplan:save-file',
  openFile: 'keyplan:open-file',
  printToPdf: 'keyplan:print-to-pdf',
  setLanguage: 'keyplan:set-language',
  menuCommand: 'keyplan:menu-command',
} as const;

export interface DesktopBridge {
  appInfo(): Promise<DesktopAppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  setLanguage(request: SetLanguageRequest): Promise<void>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
