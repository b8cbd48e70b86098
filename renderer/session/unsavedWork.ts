/**
 * Typing is never lost to a reload or a close without a word. Editors register a check that says
 * whether they hold typing not yet stored, and every save runs through trackSave; before the page
 * unloads (reload, closing the tab, closing the desktop window) the browser is asked to confirm
 * while either is true. On the desktop the main process turns that request into a native question
 * (unloadGuard.ts), since Electron would otherwise cancel the close silently.
 */
import { useEffect, useRef } from 'react';

const checks = new Set<() => boolean>();
let inFlight = 0;

/** Counts a save as in flight until it settles, so closing while it runs asks first. */
export function trackSave<T>(save: Promise<T>): Promise<T> {
  inFlight += 1;
  return save.finally(() => {
    inFlight -= 1;
  });
}

export function registerUnsavedCheck(check: () => boolean): () => void {
  checks.add(check);
  return () => checks.delete(check);
}

export function hasUnsavedWork(): boolean {
  if (inFlight > 0) return true;
  for (const check of checks) if (check()) return true;
  return false;
}

/** While mounted, `hasUnsaved()` is asked before the page unloads (the latest function is used). */
export function useUnsavedGuard(hasUnsaved: () => boolean): void {
  const latest = useRef(hasUnsaved);
  useEffect(() => {
    latest.current = hasUnsaved;
  });
  useEffect(() => registerUnsavedCheck(() => latest.current()), []);
}

/** Installed once at start-up. */
export function installUnloadGuard(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('beforeunload', (event: BeforeUnloadEvent) => {
    if (!hasUnsavedWork()) return;
    // Chromium (and so Electron) asks the person when the event is cancelled.
    event.preventDefault();
  });
}
