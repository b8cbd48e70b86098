/**
 * A disabled control that says why, on hover (tooltip) and to screen readers (aria-describedby): a
 * greyed-out 添加行 next to an empty text asking to add one only confuses a new user.
 */
import { Tooltip } from 'antd';
import { cloneElement, useId, type ReactElement } from 'react';

export function DisabledWhy({ reason, children }: { reason: string | null; children: ReactElement<{ 'aria-describedby'?: string }> }) {
  const id = useId();
  if (reason === null) return children;
  return (
    <Tooltip title={reason}>
      <span className="kp-disabled-why">
        {cloneElement(children, { 'aria-describedby': id })}
        <span id={id} className="kp-visually-hidden">
          {reason}
        </span>
      </span>
    </Tooltip>
  );
}
