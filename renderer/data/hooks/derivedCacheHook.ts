/**
 * A hook for one cache derived from whole tables and kept in `meta` (repositories/derivedCache.ts):
 * it reads the cached value live, and while the value is stale (null) has it computed once and
 * stored — storing it changes `meta`, which runs the live query again and finds it. One computation
 * at a time for every component using the hook.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { KeyplanDatabase } from '../database';
import { db } from '../db';

/**
 * The hook returns undefined before the first read and null while the value is computed again. With
 * `enabled` false it reads nothing (undefined), so a view can keep the read off its first screen's path.
 */
export function derivedCacheHook<T>(read: (db: KeyplanDatabase) => Promise<T | null>, refresh: (db: KeyplanDatabase) => Promise<unknown>): (enabled?: boolean) => T | null | undefined {
  let refreshing: Promise<unknown> | null = null;
  return function useDerivedCache(enabled = true) {
    const value = useLiveQuery(() => (enabled ? read(db) : undefined), [enabled]);
    useEffect(() => {
      if (value !== null || refreshing) return;
      refreshing = refresh(db).finally(() => {
        refreshing = null;
      });
    }, [value]);
    return value;
  };
}
