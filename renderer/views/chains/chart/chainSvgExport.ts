/**
 * The chain's SVG export: the cards where they stand on screen and the lines React Flow drew
 * (their path data is already SVG, in chart coordinates), redrawn by ChainSvg as shapes and text.
 * No foreignObject: PowerPoint and WPS open it, and it can be edited there.
 */
import type { Edge } from '@xyflow/react';
import { createElement } from 'react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/methods/decisionChainLayout';
import { ChainSvg, type ChainSvgWords, type SvgCard, type SvgFrame, type SvgLine } from '../../../drawing/ChainSvg';
import type { ChartNode } from './chartModel';

export interface ChainSvgSource {
  /** The chart's nodes (none has a parent: positions are chart coordinates). */
  nodes: readonly ChartNode[];
  edges: readonly Edge[];
  /** Where React Flow drew the edges: one element per edge, marked data-id. */
  canvas: ParentNode;
  words: ChainSvgWords;
  label: string;
}

const cssNumber = (value: string | number | undefined, fallback: number) => (typeof value === 'number' ? value : value !== undefined && value !== '' ? Number.parseFloat(value) || fallback : fallback);

export async function chainSvgBlob(source: ChainSvgSource): Promise<Blob> {
  const cards: SvgCard[] = [];
  const frames: SvgFrame[] = [];
  for (const node of source.nodes) {
    const at = node.position;
    if (node.type === 'stakeholder') cards.push({ person: node.data.person, x: at.x, y: at.y, ownerName: node.data.ownerName });
    else frames.push({ department: node.data.department, x: at.x, y: at.y, width: node.measured?.width ?? node.width ?? 0, height: node.measured?.height ?? node.height ?? 0 });
  }
  const lines = source.edges.flatMap((edge): SvgLine[] => {
    const path = source.canvas.querySelector<SVGPathElement>(`[data-id="${CSS.escape(edge.id)}"] path.react-flow__edge-path`);
    const d = path?.getAttribute('d');
    if (!path || !d) return [];
    const label = typeof edge.label === 'string' && edge.label !== '' ? edge.label : null;
    // A routed line says where its label is (InfluenceEdge); otherwise React Flow centres it on the path.
    const placed = path.dataset.labelX !== undefined && path.dataset.labelY !== undefined ? { x: Number(path.dataset.labelX), y: Number(path.dataset.labelY) } : null;
    const middle = label === null ? null : (placed ?? path.getPointAtLength(path.getTotalLength() / 2));
    return [
      {
        d,
        color: edge.style?.stroke ?? '#595959',
        dashed: edge.style?.strokeDasharray !== undefined,
        width: cssNumber(edge.style?.strokeWidth, 1.5),
        label,
        labelAt: middle === null ? null : { x: middle.x, y: middle.y + 4 },
      },
    ];
  });
  const { renderToStaticMarkup } = await import('react-dom/server');
  const markup = renderToStaticMarkup(createElement(ChainSvg, { cards, lines, frames, cardWidth: CARD_WIDTH, cardHeight: CARD_HEIGHT, words: source.words, label: source.label, padding: 40 }));
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${markup}`], { type: 'image/svg+xml' });
}
