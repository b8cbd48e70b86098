/**
 * A value that catches up with `value` only after the next frame has been painted (a timeout posted
 * from an animation-frame callback runs after that frame's paint). Expensive work that reads it — the
 * totals of 100,000 rows — then never delays the frame that shows what the person just typed.
 * useDeferredValue is not enough: its background render can still run before the paint.
 */
import { useEffect, useState } from 'react';

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [shown, value]);
  return shown;
}
