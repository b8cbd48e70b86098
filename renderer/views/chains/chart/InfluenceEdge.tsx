/**
 * An influence line drawn around the cards between its two people (never under them), with its
 * label on the line's longest horizontal run, where there is room for it. While a card is being
 * dragged, or when no clear route exists, it falls back to React Flow's usual curve.
 */
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { labelPoint, roundedPath, routeAroundCards } from '../../../../shared/methods/edgeRouting';
import { useCardRectsContext } from './cardRects';

/** How far a handle may sit from its card's stored side before the card counts as moving. */
const SLACK = 8;

function InfluenceEdgeComponent(props: EdgeProps) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, label, labelStyle, labelBgStyle, interactionWidth } = props;
  const cards = useCardRectsContext();
  const geometry = useMemo(() => {
    const from = cards.byId.get(source);
    const to = cards.byId.get(target);
    const settled =
      from !== undefined &&
      to !== undefined &&
      Math.abs(from.x + from.width - sourceX) <= SLACK &&
      sourceY >= from.y &&
      sourceY <= from.y + from.height &&
      Math.abs(to.x - targetX) <= SLACK &&
      targetY >= to.y &&
      targetY <= to.y + to.height;
    const route = settled ? routeAroundCards({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, cards.all) : null;
    if (route) {
      const at = labelPoint(route);
      return { path: roundedPath(route), labelX: at.x, labelY: at.y };
    }
    const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
    return { path, labelX, labelY };
  }, [cards, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition]);
  return (
    <BaseEdge
      id={id}
      path={geometry.path}
      markerEnd={markerEnd}
      style={style}
      label={label}
      labelX={geometry.labelX}
      labelY={geometry.labelY}
      labelStyle={labelStyle}
      labelBgStyle={labelBgStyle}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      interactionWidth={interactionWidth}
      // The SVG export puts the label where the screen has it.
      data-label-x={geometry.labelX}
      data-label-y={geometry.labelY}
    />
  );
}

export const InfluenceEdge = memo(InfluenceEdgeComponent);
