/**
 * Whether the operating system asks for reduced motion (an accessibility setting). antd only honours
 * it for a few widgets, so the app turns its motion off as a whole when it is set: dialogs and drawers
 * then open at once instead of zooming and sliding.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const reducedNow = () => window.matchMedia(QUERY).matches;

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, reducedNow, () => false);
}
