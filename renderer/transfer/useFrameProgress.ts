/**
 * The progress shown while the worker reads, checks and writes: at most one update per frame. The
 * worker reports every file and every few thousand records; drawing each report would keep the
 * window busy redrawing a dialog nobody can read that fast. Clearing (null) is not delayed to a frame.
 * Both render as transitions, in slices: the dialog's first opening (its styles are made then) and
 * its closing beside the views that take the new records are otherwise one long task each.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';

export function useFrameProgress<T>(): [T | null, (next: T | null) => void] {
  const [shown, setShown] = useState<T | null>(null);
  const latest = useRef<T | null>(null);
  const frame = useRef<number | null>(null);
  const cancel = () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  };
  useEffect(() => cancel, []);
  const update = useCallback((next: T | null) => {
    latest.current = next;
    if (next === null) {
      cancel();
      startTransition(() => setShown(null));
      return;
    }
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      const value = latest.current;
      startTransition(() => setShown(value));
    });
  }, []);
  return [shown, update];
}
