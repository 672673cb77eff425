"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Pencil, ShieldPlus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { TAcretoThingRow } from "@/lib/vendors/acreto/schemas";
import { ThingExpiry } from "./thing-expiry";

export type TThingAction = "edit" | "delete" | "vpn";
/** What the row buttons may do: changes follow the ecosystem's gate; VPN profiles need only the operator role. */
export type TThingControls = { canOperate: boolean; canChange: boolean; reason: string | null; gateId: string; onAction: (action: TThingAction, thing: TAcretoThingRow) => void };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const byText = (text: (thing: TAcretoThingRow) => string) => (a: { original: TAcretoThingRow }, b: { original: TAcretoThingRow }) => collator.compare(text(a.original), text(b.original));

function ThingActions({ thing, controls }: { thing: TAcretoThingRow; controls: TThingControls }) {
  const blocked = !controls.canChange;
  const gate = blocked ? { disabled: true, title: controls.reason ?? undefined, "aria-describedby": controls.gateId } : {};
  const look = "disabled:opacity-40 disabled:hover:bg-transparent";
  return (
    <div className="flex justify-end gap-1">
      <Button size="sm" variant="ghost" aria-label={`Edit Thing ${thing.name}`} onClick={() => controls.onAction("edit", thing)} className={look} {...gate}>
        <Pencil size={14} aria-hidden />
        Edit
      </Button>
      <Button size="sm" variant="ghost" aria-label={`Delete Thing ${thing.name}`} onClick={() => controls.onAction("delete", thing)} className={look} {...gate}>
        <Trash2 size={14} aria-hidden />
        Delete
      </Button>
      <Button size="sm" variant="ghost" aria-label={`VPN profile for ${thing.name}`} onClick={() => controls.onAction("vpn", thing)}>
        <ShieldPlus size={14} aria-hidden />
        VPN profile
      </Button>
    </div>
  );
}

export function thingColumns(controls: TThingControls): ColumnDef<TAcretoThingRow, unknown>[] {
  const columns: ColumnDef<TAcretoThingRow, unknown>[] = [
    { id: "name", header: "Name", accessorFn: (thing) => thing.name, sortingFn: byText((thing) => thing.name), cell: ({ row }) => <span className="font-medium">{row.original.name}</span> },
    { id: "category", header: "Category", accessorFn: (thing) => thing.category, sortingFn: byText((thing) => thing.category) },
    { id: "assetValue", header: "Asset value", accessorFn: (thing) => thing.assetValue, sortingFn: "basic", cell: ({ row }) => <span className="tabular-nums">{row.original.assetValue}</span> },
    {
      id: "profileGroup",
      header: "Profile group",
      accessorFn: (thing) => thing.profileGroupName ?? thing.profileGroup,
      sortingFn: byText((thing) => thing.profileGroupName ?? thing.profileGroup),
      cell: ({ row }) => row.original.profileGroupName ?? <span className="font-mono text-xs text-zinc-500">{row.original.profileGroup || "—"}</span>,
    },
    {
      id: "expires",
      header: "Expires",
      accessorFn: (thing) => thing.expiresAt ?? "9999",
      sortingFn: "text",
      cell: ({ row }) => <ThingExpiry expiresAt={row.original.expiresAt ?? null} />,
    },
  ];
  if (controls.canOperate) {
    columns.push({ id: "actions", header: () => <span className="sr-only">Actions</span>, enableSorting: false, cell: ({ row }) => <ThingActions thing={row.original} controls={controls} /> });
  }
  return columns;
}
