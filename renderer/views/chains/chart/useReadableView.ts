/**
 * What the chain's view shows: it opens fitted as far as names stay legible (readableFit.ts) — the
 * whole chart, or its top with a word on how many people are outside and, for a chain too big to
 * read whole, its departments one at a time; a card just added or looked for is brought into view;
 * and while the view moves it gets its own compositor layer.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/methods/decisionChainLayout';
import type { ChartNode, StakeholderCardNode } from './chartModel';
import { readableFit } from './readableFit';

export function useReadableView(flow: ReactFlowInstance<ChartNode>, wrapperRef: RefObject<HTMLDivElement | null>, modelNodes: ChartNode[]) {
  const opened = useRef(false);
  // Open fitted as far as names stay legible (readableFit.ts): the whole chart, or its top with a word
  // on how many people are outside. Computed from the model, so it does not wait for React Flow to measure.
  const [outside, setOutside] = useState(0);
  // A chain too big to read whole offers its departments one at a time (null: the whole chain).
  const [tooBig, setTooBig] = useState(false);
  const [focused, setFocused] = useState<string | null>(null);
  /** Fits `nodes` (the whole chart, or one department's cards) as far as names stay legible. */
  const fitReadably = useCallback(
    (department: string | null = null, nodes: readonly ChartNode[] = flow.getNodes()) => {
      const box = wrapperRef.current?.getBoundingClientRect();
      const cards = nodes.filter((n): n is StakeholderCardNode => n.type === 'stakeholder' && (department === null || n.data.person.department.trim() === department));
      const fit = box && readableFit(cards.map((n) => n.position), box);
      if (!fit) return;
      void flow.setViewport(fit.viewport);
      setOutside(fit.outside);
      setFocused(department);
      if (department === null) setTooBig(fit.outside > 0);
    },
    [flow, wrapperRef],
  );
  useEffect(() => {
    if (opened.current || modelNodes.length === 0 || !wrapperRef.current) return;
    opened.current = true;
    // From the model: React Flow need not have the nodes yet.
    fitReadably(null, modelNodes);
    performance.mark('keyplan:chain-open');
  }, [modelNodes, fitReadably, wrapperRef]);

  // A card the user just added or looked for comes into view if it is off screen.
  const reveal = useRef<string | null>(null);
  useEffect(() => {
    const id = reveal.current;
    const node = id === null ? undefined : modelNodes.find((n) => n.id === id);
    const box = wrapperRef.current?.getBoundingClientRect();
    if (!node || !box) return;
    reveal.current = null;
    const { x, y, zoom } = flow.getViewport();
    const left = node.position.x * zoom + x;
    const top = node.position.y * zoom + y;
    const inside = left >= 0 && top >= 0 && left + CARD_WIDTH * zoom <= box.width && top + CARD_HEIGHT * zoom <= box.height;
    if (!inside) void flow.setCenter(node.position.x + CARD_WIDTH / 2, node.position.y + CARD_HEIGHT / 2, { zoom });
  }, [modelNodes, flow, wrapperRef]);
  // While the view moves, the viewport gets its own compositor layer, so panning a 2,000-card
  // chart moves pixels instead of repainting them (15 → 60 fps here). Only while moving: a layer
  // kept across zooms would show text rasterised at the old scale, blurred.
  const startMoving = useCallback(() => wrapperRef.current?.classList.add('kp-moving'), [wrapperRef]);
  // The word on people outside the view goes once the person moves the view themselves.
  const onMoveStart = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      startMoving();
      if (event) setOutside(0);
    },
    [startMoving],
  );
  const stopMoving = useCallback(() => wrapperRef.current?.classList.remove('kp-moving'), [wrapperRef]);
  return { outside, tooBig, focused, fitReadably, reveal, onMoveStart, stopMoving };
}
