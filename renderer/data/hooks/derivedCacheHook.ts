/**
 * A hook for one cache derived from whole tables and kept in `meta` (repositories/derivedCache.ts):
 * it reads the cached value live, and while the value is stale (null) has it computed once and
 * stored — storing it changes `meta`, which runs the live query again and finds it. One read and one
 * computation at a time for every component using the hook (sharedLiveQuery.ts), and a view can ask
 * for the read before it renders (`preload`).
 */
import { useEffect } from 'react';
import type { KeyplanDatabase } from '../database';
import { db } from '../db';
import { sharedLiveQuery } from './sharedLiveQuery';

/**
 * The hook returns undefined before the first read and null while the value is computed again. With
 * `enabled` false it reads nothing (undefined), so a view can keep the read off its first screen's path.
 */
export interface DerivedCacheHook<T> {
  (enabled?: boolean): T | null | undefined;
  /** Starts the read for a view about to be shown (sharedLiveQuery.ts). */
  preload: () => void;
}

export function derivedCacheHook<T>(read: (db: KeyplanDatabase) => Promise<T | null>, refresh: (db: KeyplanDatabase) => Promise<unknown>): DerivedCacheHook<T> {
  let refreshing: Promise<unknown> | null = null;
  const query = sharedLiveQuery(() => read(db));
  function useDerivedCache(enabled = true) {
    const value = query.use(enabled);
    useEffect(() => {
      if (value !== null || refreshing) return;
      refreshing = refresh(db).finally(() => {
        refreshing = null;
      });
    }, [value]);
    return value;
  }
  // A failed read shows where the view reads the value.
  return Object.assign(useDerivedCache, { preload: () => void query.preload().catch(() => undefined) });
}
