/**
 * Keeps React Flow's store in step with the chart model. React Flow holds the nodes itself
 * (uncontrolled): the model is pushed into its store, which updates the cards without a round trip
 * through React state, and selection and in-flight drags live there too. A push keeps what the user
 * selected, selects a card just added (`pendingSelectionRef`), and is skipped when nothing changed.
 */
import type { Edge, ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ChartNode } from './chartModel';

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Whether `next` differs from `previous` only by cards whose new node carries the record React Flow
 * already shows (put there by the edit's fast path), with the same place and the same badges.
 */
function onlyRecordsChanged(previous: readonly ChartNode[], next: readonly ChartNode[], shown: (id: string) => ChartNode | undefined): boolean {
  if (previous.length !== next.length) return false;
  for (let i = 0; i < next.length; i += 1) {
    const a = previous[i];
    const b = next[i];
    if (a === b) continue;
    if (a?.type !== 'stakeholder' || b?.type !== 'stakeholder' || a.id !== b.id || a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
    const current = shown(b.id);
    if (current?.type !== 'stakeholder' || current.data.person !== b.data.person) return false;
    const { data: was } = a;
    const { data: now } = b;
    if (was.ownerName !== now.ownerName || was.directReports !== now.directReports || was.dimmed !== now.dimmed || was.highlighted !== now.highlighted || was.badge !== now.badge) return false;
  }
  return true;
}

/** Returns `pushModel`, which puts the model's nodes back (after a refused edit moved a card, say). */
export function useFlowSync(flow: ReactFlowInstance<ChartNode>, modelNodes: ChartNode[], modelEdges: Edge[], pendingSelectionRef: RefObject<string | null>): () => void {
  const pushModel = useCallback(() => {
    flow.setNodes((previous) => {
      const selected = new Set(previous.filter((n) => n.selected).map((n) => n.id));
      const pick = pendingSelectionRef.current;
      if (pick !== null && modelNodes.some((n) => n.id === pick)) {
        pendingSelectionRef.current = null;
        selected.clear();
        selected.add(pick);
      }
      return modelNodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n));
    });
  }, [flow, modelNodes, pendingSelectionRef]);
  // Pushing an unchanged list still makes React Flow re-index every node or edge: skip it.
  const pushedNodes = useRef<ChartNode[]>([]);
  useEffect(() => {
    if (sameItems(pushedNodes.current, modelNodes) && pendingSelectionRef.current === null) return;
    // The edit's fast path (showOnCards) already put the new records on their cards: when nothing
    // else differs, pushing two thousand nodes again would only cost React Flow a full re-index.
    const alreadyShown = pendingSelectionRef.current === null && onlyRecordsChanged(pushedNodes.current, modelNodes, (id) => flow.getNode(id));
    pushedNodes.current = modelNodes;
    if (!alreadyShown) pushModel();
  }, [pushModel, modelNodes, flow, pendingSelectionRef]);
  const pushedEdges = useRef<Edge[]>([]);
  useEffect(() => {
    if (sameItems(pushedEdges.current, modelEdges)) return;
    pushedEdges.current = modelEdges;
    flow.setEdges((previous) => {
      const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
      return modelEdges.map((e) => (selected.has(e.id) ? { ...e, selected: true } : e));
    });
  }, [flow, modelEdges]);
  return pushModel;
}
