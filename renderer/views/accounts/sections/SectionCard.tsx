import { Card } from 'antd';
import type { ReactNode } from 'react';

/** One titled section of a long form; the id lets the section nav jump to it. */
export function SectionCard({ id, title, children, extra }: { id: string; title: ReactNode; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card id={id} size="small" title={title} extra={extra} style={{ marginBottom: 16 }} role="group" aria-label={typeof title === 'string' ? title : undefined}>
      {children}
    </Card>
  );
}
