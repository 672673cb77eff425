"use client";

import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, type MouseEvent, type ReactNode } from "react";
import type { TNetticaDeviceRow } from "@/lib/vendors/nettica/schemas";
import { deviceColumns, deviceHref } from "./device-columns";
import { SortHeader } from "@/components/ui/sort-header";

const COLUMN_WIDTHS = ["22%", "32%", "10%", "12%", "12%", "12%"];
const ROW_ESTIMATE_PX = 53;
// Problems first: down devices, then those never seen, then the ones up (HEALTH_ORDER), each by name.
const PROBLEMS_FIRST: SortingState = [{ id: "status", desc: false }, { id: "name", desc: false }];

/**
 * A real <table> whose body renders only the rows in view, with spacer rows above and below, so
 * 10,000 devices scroll smoothly and screen readers still read a table (aria-rowcount/rowindex).
 */
export function DeviceTable({ devices, connectionId, nowMs, caption, empty }: { devices: TNetticaDeviceRow[]; connectionId: string; nowMs: number; caption: string; empty: ReactNode }) {
  const router = useRouter();
  const [sorting, setSorting] = useState<SortingState>(PROBLEMS_FIRST);
  const columns = useMemo(() => deviceColumns(connectionId, nowMs), [connectionId, nowMs]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the table library we chose.
  const table = useReactTable({
    data: devices,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (device) => device.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (index) => rows[index]!.id,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const openDevice = (event: MouseEvent<HTMLTableRowElement>, deviceId: string) => {
    // The name link handles its own clicks; a click elsewhere in the row (not a text selection) opens the device too.
    if ((event.target as HTMLElement).closest("a, button") || window.getSelection()?.toString()) return;
    router.push(deviceHref(connectionId, deviceId));
  };

  return (
    <div ref={scrollRef} className="h-[calc(100vh-15rem)] min-h-96 overflow-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" data-testid="device-table-scroller">
      <table className="w-full min-w-[960px] table-fixed text-left text-sm" aria-rowcount={rows.length + 1}>
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {COLUMN_WIDTHS.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-zinc-50 text-xs text-zinc-500 uppercase shadow-[0_1px_0_var(--color-zinc-200)] dark:bg-zinc-900 dark:text-zinc-400 dark:shadow-[0_1px_0_var(--color-zinc-800)]">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={COLUMN_WIDTHS.length} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
                onClick={(event) => openDevice(event, row.original.id)}
                className="cursor-pointer border-b border-zinc-100 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-800/50"
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 align-top break-words">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={COLUMN_WIDTHS.length} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <div className="p-8 text-center text-sm text-zinc-500 dark:text-zinc-400">{empty}</div>}
    </div>
  );
}
