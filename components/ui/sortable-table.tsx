"use client";

import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { useState, type ReactNode } from "react";
import { TableView } from "./table-view";

type TProps<T> = {
  rows: T[];
  columns: ColumnDef<T, unknown>[];
  caption: string;
  empty: ReactNode;
  rowKey: (row: T) => string;
  /** Sorted by the server: the headers set this order, and the rows arrive in it. */
  sorting?: { state: SortingState; onChange: (next: SortingState) => void };
};

/** A table whose headers sort it (in the browser, or on the server with `sorting`); the rows arrive already filtered. */
export function SortableTable<T>({ rows, columns, caption, empty, rowKey, sorting: byServer }: TProps<T>) {
  const [local, setLocal] = useState<SortingState>([]);
  const sorting = byServer?.state ?? local;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the table library we chose.
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: (update) => {
      const next = typeof update === "function" ? update(sorting) : update;
      if (byServer) byServer.onChange(next);
      else setLocal(next);
    },
    manualSorting: Boolean(byServer),
    enableSortingRemoval: !byServer,
    getRowId: rowKey,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return <TableView table={table} caption={caption} empty={empty} />;
}
