/**
 * The reporting line of a stacked card (the layout's `stacked`): straight down the spine from the
 * boss's bottom, then across into the card's side — the comb org charts draw, never through a card.
 * A column at the end of a row (`bus`) is reached along the row's bus line first, then down its spine.
 */
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

export interface SpineBus {
  /** How far below the boss the bus runs, and how far left of the card its spine. */
  drop: number;
  inset: number;
}

type SpineEdgeType = Edge<{ bus?: SpineBus }, 'spine'>;

function SpineEdgeView({ id, sourceX, sourceY, targetX, targetY, style, markerEnd, data }: EdgeProps<SpineEdgeType>) {
  const bus = data?.bus;
  const path = bus ? `M${sourceX},${sourceY} V${sourceY + bus.drop} H${targetX - bus.inset} V${targetY} H${targetX}` : `M${sourceX},${sourceY} V${targetY} H${targetX}`;
  return <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />;
}

export const SpineEdge = memo(SpineEdgeView);
