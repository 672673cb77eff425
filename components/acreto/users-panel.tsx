"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { ShieldPlus } from "lucide-react";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/tables";
import { ErrorState } from "@/components/ui/empty-state";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import type { TAcretoUserRow } from "@/lib/vendors/acreto/schemas";
import type { TEcosystemRef } from "./acreto-keys";
import { useEcosystemUsers } from "./use-ecosystem";

// Loaded when opened: it is not needed to show the users.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
const VpnProfileDialog = dynamic(() => import("./vpn-profile-dialog").then((m) => m.VpnProfileDialog), { loading: () => null });

const fullName = (user: TAcretoUserRow) => [user.firstName, user.lastName].filter(Boolean).join(" ");

function userColumns(canOperate: boolean, onVpn: (user: TAcretoUserRow) => void): ColumnDef<TAcretoUserRow, unknown>[] {
  const columns: ColumnDef<TAcretoUserRow, unknown>[] = [
    { id: "username", header: "Username", accessorFn: (user) => user.username ?? "", cell: ({ row }) => (row.original.username ? <span className="font-medium">{row.original.username}</span> : <span className="text-zinc-500 italic dark:text-zinc-400">no username</span>) },
    { id: "name", header: "Name", accessorFn: fullName },
    { id: "role", header: "Role", accessorFn: (user) => user.role ?? "", cell: ({ row }) => row.original.role && <Badge tone={row.original.role === "admin" ? "blue" : "gray"}>{row.original.role}</Badge> },
    { id: "status", header: "Status", accessorFn: (user) => user.status ?? "", cell: ({ row }) => row.original.status && <Badge tone={row.original.status === "active" ? "green" : "amber"}>{row.original.status}</Badge> },
  ];
  if (canOperate) {
    columns.push({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <div className="flex justify-end">
          <Button size="sm" variant="ghost" aria-label={`VPN profile for ${row.original.username ?? fullName(row.original) ?? row.original.uuid}`} onClick={() => onVpn(row.original)}>
            <ShieldPlus size={14} aria-hidden />
            VPN profile
          </Button>
        </div>
      ),
    });
  }
  return columns;
}

/** The ecosystem's people; operators hand each a VPN profile through a device token. */
export function UsersPanel({ connectionId, ecosystemRef, canOperate }: { connectionId: string; ecosystemRef: TEcosystemRef; canOperate: boolean }) {
  const users = useEcosystemUsers(connectionId, ecosystemRef);
  const [vpnFor, setVpnFor] = useState<TAcretoUserRow | null>(null);
  const columns = useMemo(() => userColumns(canOperate, setVpnFor), [canOperate]);
  if (users.isPending) return <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">Loading users…</p>;
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  return (
    <>
      <UnreadableNotice unreadable={users.data.unreadable} what="users" />
      <DataTable rowKey={(user) => user.uuid} data={users.data.users} columns={columns} searchLabel="Search users" empty={users.data.users.length === 0 ? "This ecosystem has no users yet." : "No user matches the search."} />
      {vpnFor && (
        <VpnProfileDialog subject={{ kind: "user", uuid: vpnFor.uuid, name: vpnFor.username ?? (fullName(vpnFor) || vpnFor.uuid) }} connectionId={connectionId} ecosystemRef={ecosystemRef} onClose={() => setVpnFor(null)} />
      )}
    </>
  );
}
