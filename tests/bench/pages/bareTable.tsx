/**
 * The benchmark baseline for the battle plan: TanStack Table as its documentation shows it (core and
 * sorted row models, header click sorts) with TanStack Virtual rows, fed the same 100,000 rows × 16
 * columns as plain values. Nothing of Keyplan is imported.
 */
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

type Row = Record<string, string | number>;

interface BenchWindow {
  __show: (rows: Row[], columns: string[]) => void;
}

function Table({ rows, columnIds }: { rows: Row[]; columnIds: string[] }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns: ColumnDef<Row>[] = columnIds.map((id) => ({ id, accessorKey: id, header: id }));
  const table = useReactTable({ data: rows, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const scrollRef = useRef<HTMLDivElement>(null);
  const model = table.getRowModel();
  const virtualizer = useVirtualizer({ count: model.rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => 32, overscan: 12 });
  return (
    <div className="scroll" ref={scrollRef}>
      <div style={{ height: virtualizer.getTotalSize() + 32, width: columnIds.length * 120, position: 'relative' }}>
        <div className="head">
          {table.getHeaderGroups()[0]?.headers.map((header) => (
            <div key={header.id} className="th" onClick={header.column.getToggleSortingHandler()} data-sort={String(header.column.getIsSorted())}>
              {flexRender(header.column.columnDef.header, header.getContext())}
            </div>
          ))}
        </div>
        {virtualizer.getVirtualItems().map((v) => {
          const row = model.rows[v.index];
          if (!row) return null;
          return (
            <div key={row.id} className="tr" style={{ transform: `translateY(${v.start + 32}px)` }}>
              {row.getVisibleCells().map((cell) => (
                <div key={cell.id} className="td">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
(window as unknown as BenchWindow).__show = (rows, columns) => root.render(<Table rows={rows} columnIds={columns} />);
