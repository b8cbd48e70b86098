/**
 * The benchmark baseline: React Flow with its default nodes and edges, fed the same positions and
 * edges as the decision-chain editor — and, to be fair, what the app does for itself: sized nodes,
 * culling to what is visible (`onlyRenderVisibleElements`) and the app's opening viewport.
 * Nothing of Keyplan is imported.
 */
import { ReactFlow, type Edge, type Node, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

interface BenchWindow {
  __show: (nodes: Node[], edges: Edge[], size: { width: number; height: number }, viewport?: Viewport) => void;
  __flow?: ReactFlowInstance;
}

const root = createRoot(document.getElementById('root') as HTMLElement);
(window as unknown as BenchWindow).__show = (nodes, edges, size, viewport) => {
  root.render(
    <div style={{ width: size.width, height: size.height }}>
      <ReactFlow key={nodes.length} nodes={nodes} edges={edges} minZoom={0.05} onlyRenderVisibleElements defaultViewport={viewport} onInit={(flow) => ((window as unknown as BenchWindow).__flow = flow as unknown as ReactFlowInstance)} />
    </div>,
  );
};
