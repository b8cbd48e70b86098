/**
 * Print that looks like a document. While a page is printed (Ctrl+P, File ▸ Print, the desktop's
 * print to PDF) views render for paper: the plan sheet draws every row rather than the ones in
 * view and shrinks to the page width, the chain fits the whole chart. Browsers announce printing
 * with beforeprint; the view is drawn for paper synchronously (flushSync) before the page is laid
 * out. The desktop prints through the bridge, so printPage() switches the mode itself.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
let title = '';
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function set(next: boolean) {
  if (printing === next) return;
  printing = next;
  notify();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing);
}

/** The printed page's title, as the view on screen names it ("2026 年度作战计划"). */
export function usePrintTitle(): string {
  return useSyncExternalStore(subscribe, () => title);
}

/** A view names what it prints while it is shown. */
export function useSetPrintTitle(text: string): void {
  useEffect(() => {
    title = text;
    notify();
    return () => {
      if (title === text) {
        title = '';
        notify();
      }
    };
  }, [text]);
}

/** Printable width of A4 landscape with the app's 10 mm margins, in CSS pixels (277 mm at 96 dpi). */
export const PRINT_WIDTH_PX = Math.floor((277 / 25.4) * 96);

export function installPrintMode(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('beforeprint', () => flushSync(() => set(true)));
  target.addEventListener('afterprint', () => set(false));
}

/** Draws the views for paper, runs `print` once they are drawn, then goes back to the screen. */
export async function whilePrinting<T>(print: () => Promise<T>): Promise<T> {
  flushSync(() => set(true));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  try {
    return await print();
  } finally {
    set(false);
  }
}
