"use client";

import { flexRender, type Header } from "@tanstack/react-table";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** One column header: a button that sorts (keyboard works), with aria-sort and an arrow; plain text when the column does not sort. */
export function SortHeader<T>({ header }: { header: Header<T, unknown> }) {
  const sorted = header.column.getIsSorted();
  const label = flexRender(header.column.columnDef.header, header.getContext());
  return (
    <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap" aria-sort={sorted ? ARIA_SORT[sorted] : header.column.getCanSort() ? "none" : undefined}>
      {header.column.getCanSort() ? (
        <button type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 uppercase hover:text-zinc-900 dark:hover:text-zinc-100">
          {label}
          <span aria-hidden className="w-3">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}</span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}
