/** The frame around one department when the chart is grouped by department. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FrameNode } from './chartModel';

function DepartmentFrameView({ data }: NodeProps<FrameNode>) {
  return (
    <div className="kp-frame">
      <span className="kp-frame-label">{data.department || '—'}</span>
    </div>
  );
}

export const DepartmentFrame = memo(DepartmentFrameView);
