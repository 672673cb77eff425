"use client";

import type { DataTable as TDataTable } from "./data-table";
import { lazyTable } from "./lazy-part";
import type { SortableTable as TSortableTable } from "./sortable-table";

// The console's shared tables, loaded beside the page's data (lazy-part.tsx).
export const DataTable = lazyTable<typeof TDataTable>(() => import("./data-table").then((m) => m.DataTable));
export const SortableTable = lazyTable<typeof TSortableTable>(() => import("./sortable-table").then((m) => m.SortableTable));
