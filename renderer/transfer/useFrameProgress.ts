/**
 * The progress shown while the worker reads, checks and writes: at most one update per frame. The
 * worker reports every file and every few thousand records; drawing each report would keep the
 * window busy redrawing a dialog nobody can read that fast. Clearing (null) is immediate.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

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
      setShown(null);
      return;
    }
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      setShown(latest.current);
    });
  }, []);
  return [shown, update];
}
