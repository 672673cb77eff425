"use client";

import { useMemo, type ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import type { TAcretoChangeGate, TAcretoThingRow } from "@/lib/vendors/acreto/schemas";
import { thingColumns, type TThingAction } from "./thing-columns";

type TProps = {
  things: TAcretoThingRow[];
  canOperate: boolean;
  gate: TAcretoChangeGate;
  gateId: string;
  onAction: (action: TThingAction, thing: TAcretoThingRow) => void;
  empty: ReactNode;
  toolbar: ReactNode;
};

/** The Things table with its columns: loaded beside the ecosystem's data, not in the page's first load. */
export function ThingsTable({ things, canOperate, gate, gateId, onAction, empty, toolbar }: TProps) {
  const columns = useMemo(() => thingColumns({ canOperate, canChange: gate.canChange, reason: gate.reason, gateId, onAction }), [canOperate, gate.canChange, gate.reason, gateId, onAction]);
  return <DataTable rowKey={(thing) => thing.uuid} data={things} columns={columns} searchLabel="Search Things" empty={empty} toolbar={toolbar} />;
}
