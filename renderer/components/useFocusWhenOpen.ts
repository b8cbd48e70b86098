/**
 * antd's Modal and Drawer move focus into themselves when they open — immediately when motion is
 * off — which wins over a field's autoFocus. This gives the field a ref and an `afterOpenChange`
 * handler that focuses it once the dialog is open, so a keyboard user can type at once.
 */
import { useCallback, useRef } from 'react';

export function useFocusWhenOpen<T extends { focus: () => void }>() {
  const ref = useRef<T>(null);
  const afterOpenChange = useCallback((opened: boolean) => {
    if (opened) ref.current?.focus();
  }, []);
  return { ref, afterOpenChange };
}
