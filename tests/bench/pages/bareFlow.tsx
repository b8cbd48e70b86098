/**
 * The benchmark baseline: React Flow with its default nodes and edges and default settings, fed
 * the same positions and edges as the decision-chain editor. Nothing of Keyplan is imported.
 */
import { ReactFlow, type Edge, type Node, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

interface BenchWindow {
  __show: (nodes: Node[], edges: Edge[], size: { width: number; height: number }) => void;
  __flow?: ReactFlowInstance;
}

const root = createRoot(document.getElementById('root') as HTMLElement);
(window as unknown as BenchWindow).__show = (nodes, edges, size) => {
  root.render(
    <div style={{ width: size.width, height: size.height }}>
      <ReactFlow nodes={nodes} edges={edges} minZoom={0.05} onInit={(flow) => ((window as unknown as BenchWindow).__flow = flow as unknown as ReactFlowInstance)} />
    </div>,
  );
};
