"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable } from "@/components/ui/tables";
import { ErrorState } from "@/components/ui/empty-state";
import type { TAcretoGroupRow } from "@/lib/vendors/acreto/schemas";
import type { TEcosystemRef } from "./acreto-keys";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { useGroups, useThings } from "./use-ecosystem";

type TGroupRow = TAcretoGroupRow & { things: number };

const columns: ColumnDef<TGroupRow, unknown>[] = [
  { id: "name", header: "Profile group", accessorFn: (group) => group.name, cell: ({ row }) => <span className="font-medium">{row.original.name}</span> },
  { id: "things", header: "Things", accessorFn: (group) => group.things, cell: ({ row }) => <span className="tabular-nums">{row.original.things}</span> },
  { id: "uuid", header: "ID", accessorFn: (group) => group.uuid, cell: ({ row }) => <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{row.original.uuid}</span> },
];

/** Profile groups with how many Things each holds; Acreto makes the first one by itself. */
export function GroupsPanel({ connectionId, ecosystemRef }: { connectionId: string; ecosystemRef: TEcosystemRef }) {
  const groups = useGroups(connectionId, ecosystemRef);
  const things = useThings(connectionId, ecosystemRef);
  const rows = useMemo(
    () => (groups.data?.groups ?? []).map((group) => ({ ...group, things: (things.data?.things ?? []).filter((thing) => thing.profileGroup === group.uuid).length })),
    [groups.data, things.data],
  );
  if (groups.isPending) return <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">Loading profile groups…</p>;
  if (groups.isError) return <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />;
  return (
    <>
      <UnreadableNotice unreadable={groups.data.unreadable} what="profile groups" />
      <DataTable rowKey={(group) => group.uuid} data={rows} columns={columns} searchLabel="Search profile groups" empty="This ecosystem has no profile groups." />
    </>
  );
}
