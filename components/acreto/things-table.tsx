"use client";

import { useMemo, type ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import type { TAcretoThingRow } from "@/lib/vendors/acreto/schemas";
import { thingColumns, type TThingControls } from "./thing-columns";

type TProps = { things: TAcretoThingRow[]; controls: TThingControls; empty: ReactNode; toolbar: ReactNode };

/** The Things table with its columns, loaded beside the ecosystem's data (lazyTable): neither is needed to show the page. */
export function ThingsTable({ things, controls, empty, toolbar }: TProps) {
  const columns = useMemo(() => thingColumns(controls), [controls]);
  return <DataTable rowKey={(thing) => thing.uuid} data={things} columns={columns} searchLabel="Search Things" empty={empty} toolbar={toolbar} />;
}
