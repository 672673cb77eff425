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
import { FilterBar } from "./filter-bar";
import { TableView } from "./table-view";

/** A sortable table with a search box over every column. Rows are keyed by `rowKey`, so what a row's cells hold (a test result, an open menu) stays with its record when rows come and go. */
export function DataTable<T>({
  data,
  columns,
  rowKey,
  searchLabel = "Search",
  empty,
  toolbar,
  initialSorting = [],
}: {
  data: T[];
  columns: ColumnDef<T, unknown>[];
  rowKey: (row: T) => string;
  searchLabel?: string;
  empty: ReactNode;
  toolbar?: ReactNode;
  /** The order before the admin picks one: problems first, where the rows have a notion of one. */
  initialSorting?: SortingState;
}) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
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
      <FilterBar search={{ label: searchLabel, placeholder: `${searchLabel}…`, value: globalFilter, onChange: setGlobalFilter }} count={`${rows.length} of ${data.length}`}>
        {toolbar}
      </FilterBar>
      <TableView table={table} empty={empty} />
    </div>
  );
}
