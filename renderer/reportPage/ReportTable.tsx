/** A report table: the header repeats on every printed page, rows do not break across pages. */
import type { ReactNode } from 'react';

export interface ReportColumn<R> {
  header: string;
  cell: (record: R) => ReactNode;
  /** Figures are right-aligned so their digits line up. */
  numeric?: boolean;
  width?: string;
  /** Names that must not break mid-word (an owner's "张经理（示例）" stacked one character per line). */
  keepWhole?: boolean;
}

export function ReportTable<R>({ columns, rows, rowKey, caption }: { columns: readonly ReportColumn<R>[]; rows: readonly R[]; rowKey: (record: R, index: number) => string; caption?: string }) {
  return (
    <table className="kp-report-table">
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} className={c.numeric ? 'num' : undefined} style={c.width ? { width: c.width } : undefined} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={rowKey(r, i)}>
            {columns.map((c) => (
              <td key={c.header} className={[c.numeric ? 'num' : '', c.keepWhole ? 'whole' : ''].filter(Boolean).join(' ') || undefined}>
                {c.cell(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
