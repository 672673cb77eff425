"use client";

import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { useState, type ReactNode } from "react";
import { TableView } from "./table-view";

/** A table whose headers sort it; the rows arrive already filtered. */
export function SortableTable<T>({ rows, columns, caption, empty, rowKey }: { rows: T[]; columns: ColumnDef<T, unknown>[]; caption: string; empty: ReactNode; rowKey: (row: T) => string }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the table library we chose.
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: rowKey,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return <TableView table={table} caption={caption} empty={empty} />;
}
