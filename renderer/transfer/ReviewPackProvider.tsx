/**
 * One way to open 导出复盘材料 from anywhere: the header button (whole portfolio), an account's chain
 * (that account) and the desktop File menu. The dialog's code loads the first time it is opened.
 */
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AccountScope } from '../../shared/report/reviewScope';
import { desktopBridge } from '../platform/desktopBridge';
import { useStorageReady } from '../session/StorageGate';

const ReviewPackDialog = lazy(() => import('./ReviewPackDialog').then((m) => ({ default: m.ReviewPackDialog })));

type OpenReviewPack = (scope?: AccountScope) => void;

const ReviewPackContext = createContext<OpenReviewPack>(() => undefined);

export function useReviewPack(): OpenReviewPack {
  return useContext(ReviewPackContext);
}

export function ReviewPackProvider({ children }: { children: ReactNode }) {
  const [scope, setScope] = useState<AccountScope | null>(null);
  const open = useCallback<OpenReviewPack>((initial) => setScope(initial ?? { kind: 'all' }), []);
  // The desktop File menu can ask before the database is open: the pack waits for it.
  const ready = useStorageReady();
  useEffect(() => desktopBridge()?.onMenuCommand((command) => command === 'review-pack' && open()), [open]);
  const value = useMemo(() => open, [open]);
  return (
    <ReviewPackContext.Provider value={value}>
      {children}
      {scope && ready && (
        <Suspense fallback={null}>
          <ReviewPackDialog initialScope={scope} onClose={() => setScope(null)} />
        </Suspense>
      )}
    </ReviewPackContext.Provider>
  );
}
