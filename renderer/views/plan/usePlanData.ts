/**
 * The open plan year: loaded into a PlanRowStore (first rows at once so the sheet paints, then the
 * whole year), kept in step with writes from elsewhere (another window, an import) through the
 * planRows revision, and changed by the sheet through `commit`, which updates the store at once and
 * writes in the background. A failed write puts the rows back and says why.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PlanRow } from '../../../shared/domain/planRow';
import type { RecordChange } from '../../../shared/domain/undoSteps';
import { trackSave } from '../../session/unsavedWork';
import { useErrorReporter } from '../../session/useErrorReporter';
import { db } from '../../data/db';
import { loadPlanRows, planRowsRevision, putPlanRows, stamped } from '../../data/repositories/planRepository';
import { PlanHistory, PlanRowStore, type HistoryEntry, type PlanRowsSnapshot } from './planRowStore';

/** Enough rows to fill a tall screen before the rest of the year has been read. */
const FIRST_ROWS = 120;

export type LoadState = 'loading' | 'partial' | 'ready';

export interface PlanData {
  store: PlanRowStore;
  /** The rows as of this render (a new object after every change). */
  snap: PlanRowsSnapshot;
  load: LoadState;
  /** The first rows as first read (null until then): the first screen's context is built from them. */
  head: readonly PlanRow[] | null;
  /**
   * Stores changed rows as one step of the sheet's undo; the rows as they were are taken from the sheet
   * itself. Resolves, once written, to the step's records before and after (for the session's undo
   * history), or null when the write failed (reported, and the sheet put back).
   */
  commit: (after: readonly PlanRow[]) => Promise<RecordChange[] | null>;
  undo: () => boolean;
  redo: () => boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/** `ready`: the first rows have been painted, so the rest of the year may be read. */
export function usePlanData(year: number, ready: boolean): PlanData {
  const [store] = useState(() => new PlanRowStore());
  const [history] = useState(() => new PlanHistory());
  const [load, setLoad] = useState<LoadState>('loading');
  const [head, setHead] = useState<readonly PlanRow[] | null>(null);
  const [loadedRevision, setLoadedRevision] = useState<string | undefined | null>(null);
  // Bumped when the history changes, so canUndo/canRedo are read again.
  const [, setHistoryTick] = useState(0);
  const reportError = useErrorReporter();
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // Writes in flight and the revisions they produced: a revision we wrote is not a reason to reload.
  const ownRevisions = useRef(new Set<string>());
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const liveRevision = useLiveQuery(() => planRowsRevision(db), []);

  const reload = useCallback(async () => {
    // Edits made while the first rows were showing are written before the year is read again.
    await queue.current;
    const revision = await planRowsRevision(db);
    store.reset(await loadPlanRows(db, year));
    setLoadedRevision(revision);
    setLoad('ready');
  }, [store, year]);

  // The first rows paint at once; the whole year is read after they have been painted (the caller
  // says when), because receiving 100,000 records holds the page for a second and would otherwise
  // delay that first paint.
  useEffect(() => {
    let cancelled = false;
    history.clear();
    loadPlanRows(db, year, FIRST_ROWS)
      .then((head) => {
        if (cancelled) return;
        store.reset(head);
        setHead(head);
        setLoad('partial');
      })
      .catch(reportError);
    return () => {
      cancelled = true;
    };
  }, [history, reportError, store, year]);

  useEffect(() => {
    if (load !== 'partial' || !ready) return;
    const frame = requestAnimationFrame(() => {
      reload().catch(reportError);
    });
    return () => cancelAnimationFrame(frame);
  }, [load, ready, reload, reportError]);

  // Someone else wrote plan rows (another window, an import): read the year again.
  useEffect(() => {
    if (load !== 'ready' || liveRevision === undefined || loadedRevision === null) return;
    if (liveRevision === loadedRevision || pending.current > 0 || ownRevisions.current.has(liveRevision)) return;
    reload().catch(reportError);
  }, [liveRevision, load, loadedRevision, reload, reportError]);

  const write = useCallback(
    (records: readonly PlanRow[], rollback: readonly PlanRow[], entry: HistoryEntry | null): Promise<boolean> => {
      pending.current += 1;
      const run = queue.current
        // `rollback` holds the rows as this sheet had them: only what changed from them is written,
        // so a field changed meanwhile in another window is kept (see putPlanRows).
        .then(() => putPlanRows(db, records, rollback))
        .then(({ revision, merged }) => {
          if (revision !== undefined) ownRevisions.current.add(revision);
          // Rows that kept another window's change: show them as stored.
          if (merged.length > 0) store.apply(merged);
          return true;
        })
        .catch((error: unknown) => {
          store.apply(rollback);
          if (entry) history.drop(entry);
          setHistoryTick((n) => n + 1);
          reportError(error);
          return false;
        })
        .finally(() => {
          pending.current -= 1;
        });
      queue.current = run;
      // Closing the window while this runs asks first (unsavedWork.ts).
      void trackSave(run);
      return run;
    },
    [history, reportError, store],
  );

  const commit = useCallback(
    async (after: readonly PlanRow[]): Promise<RecordChange[] | null> => {
      if (after.length === 0) return [];
      const stampedAfter = after.map((r) => stamped(r, r.deletedAt !== null));
      // Undo puts back exactly what the sheet held before this step: the stored row as it was, and
      // for a row this step created (a paste below the last row), its removal.
      const existed = stampedAfter.map((r) => store.get(r.id) !== undefined);
      const stampedBefore = stampedAfter.map((r) => store.get(r.id) ?? { ...r, deletedAt: r.updatedAt });
      const entry: HistoryEntry = { before: stampedBefore, after: stampedAfter };
      store.apply(stampedAfter);
      history.push(entry);
      setHistoryTick((n) => n + 1);
      if (!(await write(stampedAfter, stampedBefore, entry))) return null;
      // A row this step created was not there before (its "before" above is only the sheet's way back).
      return stampedAfter.map((row, i) => ({ table: 'planRows', id: row.id, before: existed[i] ? (stampedBefore[i] ?? null) : null, after: row }));
    },
    [history, store, write],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const entry = direction === 'undo' ? history.undo() : history.redo();
      if (!entry) return false;
      const records = (direction === 'undo' ? entry.before : entry.after).map((r) => stamped(r, r.deletedAt !== null));
      const rollback = direction === 'undo' ? entry.after : entry.before;
      store.apply(records);
      setHistoryTick((n) => n + 1);
      void write(records, rollback, null);
      return true;
    },
    [history, store, write],
  );

  return {
    store,
    snap,
    load,
    head,
    commit,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
    canUndo: history.canUndo,
    canRedo: history.canRedo,
  };
}
