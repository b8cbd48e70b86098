/**
 * The browser build's restore point (restorePoint.ts), read on the UI thread for Settings and the
 * home; read again whenever `watch` changes (the home passes its account count, which an import
 * changes). The desktop build keeps backup files instead.
 */
import { useEffect, useState } from 'react';
import { desktopBridge } from '../platform/desktopBridge';
import { opfsFolder, readRestorePoint, type RestorePointInfo } from '../data/restorePoint';

export interface RestorePoint {
  info: RestorePointInfo;
  file: File;
}

export function useRestorePoint(watch?: unknown): RestorePoint | null {
  const [point, setPoint] = useState<RestorePoint | null>(null);
  useEffect(() => {
    const folder = desktopBridge() ? null : opfsFolder(navigator.storage);
    if (!folder) return;
    let current = true;
    folder.then(readRestorePoint).then(
      (found) => current && setPoint(found),
      () => current && setPoint(null),
    );
    return () => {
      current = false;
    };
  }, [watch]);
  return point;
}
