/**
 * Saving and opening files: the native dialogs in the desktop app, a download link and a file input
 * in the browser. Callers do not need to know which.
 */
import type { FileKind } from '../../shared/bridge/contract';
import { safeFileName } from '../../shared/bridge/fileNames';
import { whilePrinting } from './printMode';
import { desktopBridge } from './desktopBridge';

export type SaveOutcome = { saved: true; name: string } | { saved: false };

/** `suggestedName` may hold what people typed (an account's name): it is made safe here for every caller. */
export async function saveBlob(blob: Blob, name: string, kind: FileKind): Promise<SaveOutcome> {
  const suggestedName = safeFileName(name);
  const bridge = desktopBridge();
  if (bridge) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return bridge.saveFile({ suggestedName, kind, bytes });
  }
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return { saved: true, name: suggestedName };
}

/** Desktop: native Open dialog. Browser: null, so the caller clicks its file input instead. */
export async function openWithDesktopDialog(kind: FileKind): Promise<File | null | 'browser'> {
  const bridge = desktopBridge();
  if (!bridge) return 'browser';
  const result = await bridge.openFile({ kind });
  if (!result) return null;
  return new File([result.bytes as Uint8Array<ArrayBuffer>], result.name, { type: 'application/json' });
}

export function printPage(): void {
  const bridge = desktopBridge();
  if (bridge) {
    void whilePrinting(() => bridge.printToPdf({ suggestedName: 'keyplan.pdf' }));
    return;
  }
  window.print();
}
