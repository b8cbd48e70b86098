/**
 * The editor's model of one account's chain: the stored chain (live from Dexie), edits shown at
 * once, and undo/redo.
 *
 * An edit is first applied in memory with the same pure function the repository uses, and the
 * result is shown immediately as an overlay, so a change is on the card in the next frame even
 * though the durable write takes longer. The overlay drops away once the live query delivers the
 * stored records; a refused or failed write takes it back and reports why.
 *
 * Undo and redo hold the records as they were and as written (from the repository's receipt): one
 * step per edit, whatever it touched — a drag of twenty cards, a new layout, a delete with links.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { nowIso } from '../../../shared/domain/common';
import { applyChainEdit, type ChainEdit, type ChainRecords } from '../../../shared/domain/decisionChainEdits';
import type { Problem } from '../../../shared/fileFormat/problems';
import { db } from '../../data/db';
import { useStoredChain } from '../../data/hooks/decisionChainHooks';
import { editChain, restoreChainRecords, type ChainEditReceipt } from '../../data/repositories/decisionChainRepository';
import { ConflictError } from '../../data/repositories/editConflicts';
import { ValidationError } from '../../data/repositories/validationError';
import { trackSave } from '../../session/unsavedWork';
import { afterPaint } from '../../platform/useAfterPaint';
import { emptyStack, pushStep, takeRedo, takeUndo, type UndoStack } from '../../../shared/domain/undoStack';

interface Overlay {
  records: ChainRecords;
  /**
   * 'pending' until the write commits; then the stored chain seen at that moment. Any later stored
   * chain from the live query includes the write, so the overlay stops applying.
   */
  seenAtCommit: ChainRecords | undefined | 'pending';
}

export interface ChainEditor {
  chain: ChainRecords | undefined;
  /**
   * Applies an edit. Resolves to the receipt when stored, to the problems when refused, to a
   * ConflictError when a field was changed elsewhere since it was shown (nothing stored in either
   * case), or to null when the write failed (already reported).
   */
  run: (edit: ChainEdit) => Promise<ChainEditReceipt | Problem[] | ConflictError | null>;
  /** Takes one stored edit back: an undo if it is the latest, else a new step restoring its records. */
  revert: (receipt: ChainEditReceipt) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

const HISTORY_LIMIT = 200;

function overlaid(stored: ChainRecords, overlays: readonly Overlay[]): ChainRecords {
  if (overlays.length === 0) return stored;
  const people = new Map(stored.stakeholders.map((s) => [s.id, s]));
  const links = new Map(stored.links.map((l) => [l.id, l]));
  for (const { records } of overlays) {
    for (const s of records.stakeholders) people.set(s.id, s);
    for (const l of records.links) links.set(l.id, l);
  }
  return {
    stakeholders: [...people.values()].filter((s) => s.deletedAt === null),
    links: [...links.values()].filter((l) => l.deletedAt === null),
  };
}

/**
 * `onShow` is told synchronously about records shown ahead of the store, so the chart can update
 * the cards in place at once (React state would take a render and an effect longer).
 */
export function useChainEditor(accountId: string, reportError: (error: unknown) => void, onShow: (records: ChainRecords) => void = () => undefined): ChainEditor {
  const stored = useStoredChain(accountId);
  const [overlays, setOverlays] = useState<Overlay[]>([]);
  const [history, setHistory] = useState<UndoStack<ChainEditReceipt>>(emptyStack);
  const historyRef = useRef(history);
  const chain = useMemo(
    () => (stored ? overlaid(stored, overlays.filter((o) => o.seenAtCommit === 'pending' || o.seenAtCommit === stored)) : undefined),
    [stored, overlays],
  );
  // Overlays shown on the cards but not yet in the chain the next edit is checked against (chainRef):
  // they join React state after the next paint, and leave this list only once a render that holds
  // them has reached chainRef. Dropping one at the paint instead left a gap — after the paint, before
  // the render — in which a fast next edit (arrow keys through the stances) was checked against a
  // chain without it and read as changed elsewhere.
  const waiting = useRef<Overlay[]>([]);
  const chainRef = useRef(chain);
  const storedRef = useRef(stored);
  useEffect(() => {
    chainRef.current = chain;
    storedRef.current = stored;
    waiting.current = waiting.current.filter((o) => !overlays.includes(o));
  }, [chain, stored, overlays]);

  // Bumped when another account is opened: an edit of the last one still waiting for a paint is not shown on this one.
  const generation = useRef(0);
  useEffect(() => {
    generation.current += 1;
    waiting.current = [];
    historyRef.current = emptyStack();
    setHistory(historyRef.current);
    setOverlays([]);
  }, [accountId]);

  const show = useCallback((records: ChainRecords) => {
    const overlay: Overlay = { records, seenAtCommit: 'pending' };
    onShow(records);
    // The cards show the records now (onShow); the model of the whole chart (two thousand nodes, the
    // health, the panels) is rebuilt after the frame that shows them is painted, not before it.
    waiting.current = [...waiting.current, overlay];
    let dropped = false;
    const shownFor = generation.current;
    afterPaint(() => {
      if (dropped || shownFor !== generation.current) {
        waiting.current = waiting.current.filter((o) => o !== overlay);
        return;
      }
      // Overlays a newer stored chain has overtaken are dropped here, when the next edit arrives.
      setOverlays((current) => [...current.filter((o) => o.seenAtCommit === 'pending' || o.seenAtCommit === storedRef.current), overlay]);
    });
    return {
      commit: () => {
        overlay.seenAtCommit = storedRef.current;
        // Re-render so the overlay is measured against the stored chain from now on.
        setOverlays((current) => [...current]);
      },
      discard: () => {
        dropped = true;
        waiting.current = waiting.current.filter((o) => o !== overlay);
        setOverlays((current) => current.filter((o) => o !== overlay));
      },
    };
  }, [onShow]);

  const run = useCallback(
    async (edit: ChainEdit): Promise<ChainEditReceipt | Problem[] | ConflictError | null> => {
      // An edit made before the last one joined React state is applied on top of it, as shown.
      const current = chainRef.current && overlaid(chainRef.current, waiting.current);
      if (!current) return null;
      // Read by the benchmark (tests/bench/scenarios/decisionChain.ts): edit → durably stored.
      performance.mark('keyplan:edit-start');
      const local = applyChainEdit(current, edit, { accountId, now: nowIso() });
      if (!local.ok) return local.conflicts ? new ConflictError(local.conflicts) : local.problems;
      const shown = show(local.writes);
      try {
        const receipt = await trackSave(editChain(db, accountId, edit));
        performance.measure('keyplan:edit-stored', 'keyplan:edit-start');
        shown.commit();
        const next = pushStep(historyRef.current, receipt, HISTORY_LIMIT);
        historyRef.current = next;
        setHistory(next);
        return receipt;
      } catch (error) {
        shown.discard();
        if (error instanceof ValidationError) return error.problems;
        if (error instanceof ConflictError) return error;
        reportError(error);
        return null;
      }
    },
    [accountId, reportError, show],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      // Read the stacks from the ref: the side effects below must run once per key press, which a
      // state updater (run twice in StrictMode) cannot promise.
      const taken = direction === 'undo' ? takeUndo(historyRef.current) : takeRedo(historyRef.current);
      if (!taken) return;
      const receipt = taken.step;
      const records = direction === 'undo' ? receipt.before : receipt.after;
      const shown = show(records);
      restoreChainRecords(db, records).then(shown.commit, (error: unknown) => {
        shown.discard();
        reportError(error);
      });
      historyRef.current = taken.stack;
      setHistory(taken.stack);
    },
    [reportError, show],
  );

  const revert = useCallback(
    (receipt: ChainEditReceipt) => {
      if (historyRef.current.done.at(-1) === receipt) {
        step('undo');
        return;
      }
      const shown = show(receipt.before);
      restoreChainRecords(db, receipt.before).then(
        (written) => {
          shown.commit();
          const next = pushStep(historyRef.current, { before: receipt.after, after: written }, HISTORY_LIMIT);
          historyRef.current = next;
          setHistory(next);
        },
        (error: unknown) => {
          shown.discard();
          reportError(error);
        },
      );
    },
    [reportError, show, step],
  );

  return {
    chain,
    run,
    revert,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
    canUndo: history.done.length > 0,
    canRedo: history.undone.length > 0,
  };
}
