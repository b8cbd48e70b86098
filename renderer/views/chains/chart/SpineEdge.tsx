/**
 * The reporting line of a stacked card (the layout's `stacked`): straight down the spine from the
 * boss's bottom, then across into the card's side — the comb org charts draw, never through a card.
 */
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

function SpineEdgeView({ id, sourceX, sourceY, targetX, targetY, style, markerEnd }: EdgeProps) {
  return <BaseEdge id={id} path={`M${sourceX},${sourceY} V${targetY} H${targetX}`} style={style} markerEnd={markerEnd} />;
}

export const SpineEdge = memo(SpineEdgeView);
