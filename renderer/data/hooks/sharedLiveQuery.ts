/**
 * A live query shared by every component that shows it, which a route can start before its view has
 * rendered. `useLiveQuery` starts its read in an effect, once React has committed the view's first
 * render: after a click on the matrix that was 60–80 ms of drawing the route with the reads not yet
 * asked for (traced). `preload()` asks at the click, so IndexedDB reads while React draws.
 *
 * The query stays subscribed, and so current, while a component uses it and for `KEEP_MS` after the
 * last one leaves (or after a preload no view took up); then it is dropped with its value, so nothing
 * stale is shown later. Errors are thrown where the value is used, as `useLiveQuery` does.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import { errorMessage } from '../storageErrors';

/** As long as Dexie keeps a query's cached result once nobody observes it. */
const KEEP_MS = 3000;

interface State<T> {
  value: T | undefined;
  error: Error | undefined;
}

export interface SharedLiveQuery<T> {
  /**
   * Starts the read now unless it is running: for a view about to be shown. Resolves with the value once
   * read (at once if it is), so a preload that depends on it need not read it again.
   */
  preload(): Promise<T | undefined>;
  /** The latest value, undefined before the first read (and while `enabled` is false). */
  use(enabled?: boolean): T | undefined;
  /** Outside React: keeps the query running while subscribed; the listener hears every new value or error. */
  subscribe(listener: () => void): () => void;
  /** The latest value (undefined before the first read or once dropped); throws the query's error. */
  current(): T | undefined;
}

const NOTHING = { value: undefined, error: undefined } as const;
const noSubscription = () => () => undefined;
const nothing = () => NOTHING;

export function sharedLiveQuery<T>(querier: () => Promise<T>, keepMs = KEEP_MS): SharedLiveQuery<T> {
  let state: State<T> = NOTHING;
  let subscription: Subscription | null = null;
  let dropTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const emit = (next: State<T>) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const start = () => {
    if (subscription) return;
    // After an error the query is asked again by the next one to use it, as a new useLiveQuery would.
    if (state.error !== undefined) state = NOTHING;
    subscription = liveQuery(querier).subscribe({
      next: (value) => emit({ value, error: undefined }),
      error: (error: unknown) => {
        subscription = null;
        emit({ value: undefined, error: error instanceof Error ? error : new Error(errorMessage(error)) });
      },
    });
  };
  const dropLater = () => {
    clearTimeout(dropTimer);
    dropTimer = setTimeout(() => {
      if (listeners.size > 0) return;
      subscription?.unsubscribe();
      subscription = null;
      state = NOTHING;
    }, keepMs);
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    clearTimeout(dropTimer);
    start();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) dropLater();
    };
  };
  const snapshot = () => state;
  const valueOf = ({ value, error }: State<T>) => {
    if (error !== undefined) throw error;
    return value;
  };

  return {
    // Subscribed like any user until the first answer (`state` is replaced by every answer, so anything
    // but NOTHING is one); then kept for `keepMs` for the view about to subscribe.
    preload() {
      return new Promise<T | undefined>((resolve, reject) => {
        let settled = false;
        let unsubscribe: (() => void) | null = null;
        const settle = () => {
          if (settled || state === NOTHING) return;
          settled = true;
          unsubscribe?.();
          if (state.error) reject(state.error);
          else resolve(state.value);
        };
        unsubscribe = subscribe(settle);
        // An answer given while subscribing (Dexie's cache) settled before `unsubscribe` was known.
        if (settled) unsubscribe();
        settle();
      });
    },
    use(enabled = true) {
      return valueOf(useSyncExternalStore<State<T>>(enabled ? subscribe : noSubscription, enabled ? snapshot : nothing));
    },
    subscribe,
    current: () => valueOf(state),
  };
}

/**
 * One shared live query per key (a plan year and day), each subscribed and dropped on its own; the
 * querier given with a key's first use reads it. A member is kept once made (a dropped one holds no
 * value), so a component never holds one the family has forgotten.
 */
export function sharedLiveQueryFamily<T>(): (key: string, querier: () => Promise<T>) => SharedLiveQuery<T> {
  const members = new Map<string, SharedLiveQuery<T>>();
  return (key, querier) => {
    let member = members.get(key);
    if (!member) {
      member = sharedLiveQuery(querier);
      members.set(key, member);
    }
    return member;
  };
}
