"use client";

import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import { useState, type ReactNode } from "react";
import { Input } from "./input";
import { TableView } from "./table-view";

/** A sortable table with a search box over every column. Rows are keyed by `rowKey`, so what a row's cells hold (a test result, an open menu) stays with its record when rows come and go. */
export function DataTable<T>({
  data,
  columns,
  rowKey,
  searchLabel = "Search",
  empty,
  toolbar,
}: {
  data: T[];
  columns: ColumnDef<T, unknown>[];
  rowKey: (row: T) => string;
  searchLabel?: string;
  empty: ReactNode;
  toolbar?: ReactNode;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState("");
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the table library we chose.
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    getRowId: rowKey,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Input type="search" aria-label={searchLabel} placeholder={`${searchLabel}…`} value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} className="max-w-xs" />
        {toolbar}
        <span className="ml-auto text-xs text-zinc-500">
          {rows.length} of {data.length}
        </span>
      </div>
      <TableView table={table} empty={empty} />
    </div>
  );
}
