/**
 * Work that waits until the next frame has been painted: a timeout posted from an animation-frame
 * callback runs after that frame's paint. Expensive work — the totals of 100,000 rows, the model of a
 * 2,000-person chart — then never delays the frame that shows what the person just did.
 * useDeferredValue is not enough: its background render can still run before the paint.
 */
import { useEffect, useState } from 'react';

/** Runs `work` after the next paint; the returned function cancels it if it has not run yet. */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** A value that catches up with `value` only after the next frame has been painted. */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterPaint(() => setShown(value));
  }, [shown, value]);
  return shown;
}
