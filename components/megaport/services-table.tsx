"use client";

import { flexRender, getCoreRowModel, getExpandedRowModel, getSortedRowModel, useReactTable, type ExpandedState, type SortingState, type Updater } from "@tanstack/react-table";
import { useMemo, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { serviceColumns } from "./service-columns";
import type { TServiceLine } from "./service-lines";
import { SortHeader } from "@/components/ui/sort-header";

// Problems first (problems-first.ts): down, then not live yet, then live; each by name.
const PROBLEMS_FIRST: SortingState = [{ id: "status", desc: false }, { id: "name", desc: false }];

/**
 * Ports, MCRs and MVEs with their VXCs and IXs as sub-rows. A service shown only because one of its
 * VXCs matched the search starts open; the admin's own opening and closing wins after that.
 */
export function ServicesTable({ lines, connectionId, showCompany, caption, empty }: { lines: TServiceLine[]; connectionId: string; showCompany: boolean; caption: string; empty: ReactNode }) {
  const [sorting, setSorting] = useState<SortingState>(PROBLEMS_FIRST);
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const expanded = useMemo(() => {
    const open: Record<string, boolean> = {};
    for (const line of lines) if (line.kind === "PRODUCT" && line.childMatched) open[line.id] = true;
    return { ...open, ...toggled };
  }, [lines, toggled]);
  const columns = useMemo(() => serviceColumns(connectionId, showCompany), [connectionId, showCompany]);

  const onExpandedChange = (updater: Updater<ExpandedState>) => {
    const next = typeof updater === "function" ? updater(expanded) : updater;
    setToggled(next === true ? Object.fromEntries(lines.map((line) => [line.id, true])) : Object.fromEntries(lines.map((line) => [line.id, Boolean(next[line.id])])));
  };

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the table library we chose.
  const table = useReactTable({
    data: lines,
    columns,
    state: { sorting, expanded },
    onSortingChange: setSorting,
    onExpandedChange,
    getRowId: (line) => line.id,
    getSubRows: (line) => (line.kind === "PRODUCT" ? line.children : undefined),
    getRowCanExpand: (row) => row.original.kind === "PRODUCT" && row.original.children.length > 0,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const expandable = lines.filter((line) => line.kind === "PRODUCT" && line.children.length > 0).length;
  const allOpen = expandable > 0 && lines.every((line) => line.kind !== "PRODUCT" || line.children.length === 0 || expanded[line.id]);

  return (
    <div className="space-y-2">
      {expandable > 0 && (
        <button type="button" onClick={() => table.toggleAllRowsExpanded(!allOpen)} className="text-xs text-sky-700 hover:underline dark:text-sky-400">
          {allOpen ? "Hide all VXCs and IXs" : "Show all VXCs and IXs"}
        </button>
      )}
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full min-w-[1000px] text-left text-sm" data-testid="megaport-services">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortHeader key={header.id} header={header} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-kind={row.original.kind}
                className={cn(
                  "border-b border-zinc-100 last:border-0 dark:border-zinc-800",
                  row.depth > 0 ? "bg-zinc-50/70 dark:bg-zinc-950/40" : "hover:bg-zinc-50 dark:hover:bg-zinc-800/40",
                )}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cn("px-3 align-top", row.depth > 0 ? "py-1.5" : "py-2")}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <div className="p-8 text-center text-sm text-zinc-500 dark:text-zinc-400">{empty}</div>}
      </div>
    </div>
  );
}
