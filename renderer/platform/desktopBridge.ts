/**
 * Access to the desktop shell. In Electron the preload puts a `DesktopBridge` on `window.keyplan`;
 * in a plain browser it is absent and callers use the browser equivalents in fileAccess.ts.
 */
import type { DesktopBridge } from '../../shared/bridge/contract';

declare global {
  interface Window {
    keyplan?: DesktopBridge;
  }
}

export function desktopBridge(): DesktopBridge | null {
  return typeof window !== 'undefined' && window.keyplan ? window.keyplan : null;
}
