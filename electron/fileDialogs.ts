/**
 * Native Save and Open dialogs for the renderer's files. The renderer only suggests a plain file
 * name; the user picks the folder. Files read back are size-checked before they are loaded.
 */
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { basename, join } from 'node:path';
import type { FileKind, OpenFileResult, SaveFileResult } from '../shared/bridge/contract';
import { MAX_BRIDGE_FILE_BYTES } from '../shared/bridge/contract';
import type { Messages } from '../shared/i18n/en';

export interface FileSystem {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  size(path: string): Promise<number>;
}

export interface DialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  fs: FileSystem;
  documentsDir: string;
  window: () => BrowserWindow | null;
  messages: () => Messages;
}

export function filtersFor(kind: FileKind, messages: Messages): FileFilter[] {
  const own: Record<FileKind, FileFilter> = {
    workspace: { name: messages.dialogs.workspaceFiles, extensions: ['json'] },
    pdf: { name: messages.dialogs.pdfFiles, extensions: ['pdf'] },
    png: { name: messages.dialogs.pngFiles, extensions: ['png'] },
    svg: { name: messages.dialogs.svgFiles, extensions: ['svg'] },
    xlsx: { name: messages.dialogs.xlsxFiles, extensions: ['xlsx'] },
    pptx: { name: messages.dialogs.pptxFiles, extensions: ['pptx'] },
    csv: { name: messages.dialogs.csvFiles, extensions: ['csv'] },
  };
  return [own[kind], { name: messages.dialogs.allFiles, extensions: ['*'] }];
}

export async function saveWithDialog(deps: DialogDeps, suggestedName: string, kind: FileKind, bytes: Uint8Array): Promise<SaveFileResult> {
  const options = { defaultPath: join(deps.documentsDir, suggestedName), filters: filtersFor(kind, deps.messages()) };
  const win = deps.window();
  const result = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false };
  await deps.fs.writeFile(result.filePath, bytes);
  return { saved: true, name: basename(result.filePath) };
}

export async function openWithDialog(deps: DialogDeps, kind: FileKind): Promise<OpenFileResult> {
  const options = { properties: ['openFile' as const], filters: filtersFor(kind, deps.messages()) };
  const win = deps.window();
  const result = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
  const filePath = result.filePaths[0];
  if (result.canceled || filePath === undefined) return null;
  if ((await deps.fs.size(filePath)) > MAX_BRIDGE_FILE_BYTES) throw new Error(`${basename(filePath)} is larger than 512 MB`);
  return { name: basename(filePath), bytes: await deps.fs.readFile(filePath) };
}
