/**
 * The chart as a PNG file (the SVG file is drawn as shapes by chainSvgExport.ts). React Flow draws
 * nodes as HTML and edges as SVG inside one viewport element; html-to-image serialises that element with the transform we choose, so the
 * image holds the whole chart, not just what is on screen. Pinned at 1.11.11: 1.11.13 drops the
 * edges. The caller renders every card at full detail (no overview mode, no virtualisation) and
 * the legend inside the viewport before calling this.
 */
import type { Rect } from '@xyflow/react';
import { toPng } from 'html-to-image';

export type ImageKind = 'png' | 'svg';

const PADDING = 40;
/** Longest side of a PNG; beyond this the chart is scaled down so the file stays usable. */
const MAX_PNG_SIDE = 8000;

export async function chartPngDataUrl(viewport: HTMLElement, bounds: Rect): Promise<string> {
  const width = bounds.width + PADDING * 2;
  const height = bounds.height + PADDING * 2;
  const scale = Math.min(2, MAX_PNG_SIDE / Math.max(width, height));
  const options = {
    backgroundColor: '#ffffff',
    width: Math.round(width * scale),
    height: Math.round(height * scale),
    style: {
      width: `${Math.round(width * scale)}px`,
      height: `${Math.round(height * scale)}px`,
      transform: `translate(${(PADDING - bounds.x) * scale}px, ${(PADDING - bounds.y) * scale}px) scale(${scale})`,
    },
    // Handles are editing affordances, not part of the picture.
    filter: (node: Node) => !(node instanceof HTMLElement && node.classList.contains('react-flow__handle')),
  };
  return toPng(viewport, { ...options, pixelRatio: 1 });
}

/** Decodes the data URL in place: fetch() of a data: URL would need a wider connect-src in our CSP. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  const type = header.slice('data:'.length).split(';')[0] ?? 'application/octet-stream';
  if (header.endsWith(';base64')) {
    const binary = atob(body);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type });
  }
  return new Blob([decodeURIComponent(body)], { type });
}
