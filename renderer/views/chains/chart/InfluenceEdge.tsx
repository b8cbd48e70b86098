/**
 * An influence line drawn around the cards between its two people (never under them), with its
 * label on the line's longest horizontal run, where there is room for it. While a card is being
 * dragged, or when no clear route exists, it falls back to React Flow's usual curve.
 */
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { labelPoint, roundedPath, routeAroundCards, type Point } from '../../../../shared/methods/edgeRouting';
import { useCardRectsContext, type CardRects } from './cardRects';

/** How far a handle may sit from its card's stored side before the card counts as moving. */
const SLACK = 8;

/**
 * Routes already found for these card places: a line scrolled out of view and back (culling unmounts
 * it) is not searched again while no card has moved — panning stays free of route searches.
 */
const routes = new WeakMap<CardRects, Map<string, Point[] | null>>();

function cachedRoute(cards: CardRects, from: Point, to: Point): Point[] | null {
  let known = routes.get(cards);
  if (!known) {
    known = new Map();
    routes.set(cards, known);
  }
  const key = `${from.x},${from.y},${to.x},${to.y}`;
  let route = known.get(key);
  if (route === undefined) {
    route = routeAroundCards(from, to, cards.all);
    known.set(key, route);
  }
  return route;
}

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
    const route = settled ? cachedRoute(cards, { x: sourceX, y: sourceY }, { x: targetX, y: targetY }) : null;
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
