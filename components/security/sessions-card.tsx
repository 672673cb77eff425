"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { MonitorSmartphone } from "lucide-react";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorState } from "@/components/ui/empty-state";
import { formatMoment } from "@/components/ui/format-time";
import { SortableTable } from "@/components/ui/tables";
import type { TSessionView } from "@/lib/account/schemas";
import { describeBrowser } from "./describe-browser";
import { useEndOtherSessions, useEndSession, useSessions } from "./use-account";

/** Where the user is signed in, with a way out of each other browser or of all of them. */
export function SessionsCard() {
  const sessions = useSessions();
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const [confirmingAll, setConfirmingAll] = useState(false);
  const others = (sessions.data ?? []).filter((s) => !s.current).length;

  const columns = useMemo<ColumnDef<TSessionView, unknown>[]>(
    () => [
      {
        id: "browser",
        header: "Browser",
        accessorFn: (s) => describeBrowser(s.userAgent),
        cell: ({ row, getValue }) => (
          <span className="flex flex-wrap items-center gap-2">
            {getValue<string>()}
            {row.original.current && <Badge tone="blue">This browser</Badge>}
          </span>
        ),
      },
      { accessorKey: "ip", header: "Address", cell: ({ row }) => row.original.ip ?? "—" },
      { accessorKey: "createdAt", header: "Signed in", cell: ({ row }) => formatMoment(row.original.createdAt) },
      { accessorKey: "lastSeenAt", header: "Last active", cell: ({ row }) => formatMoment(row.original.lastSeenAt) },
      {
        id: "actions",
        header: "",
        enableSorting: false,
        cell: ({ row }) =>
          !row.original.current && (
            <Button size="sm" variant="ghost" onClick={() => endOne.mutate(row.original.id)} disabled={endOne.isPending} aria-label={`Sign out ${describeBrowser(row.original.userAgent)} signed in ${formatMoment(row.original.createdAt)}`}>
              Sign out
            </Button>
          ),
      },
    ],
    [endOne],
  );

  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <MonitorSmartphone size={18} aria-hidden className="text-sky-700 dark:text-sky-400" />
        <h2 className="font-semibold">Sessions</h2>
        <Button variant="secondary" size="sm" className="ml-auto disabled:opacity-50" onClick={() => setConfirmingAll(true)} disabled={others === 0}>
          Sign out other sessions
        </Button>
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-300">A session ends after 12 hours, or sooner when it is left idle.</p>
      {sessions.error ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <SortableTable rows={sessions.data ?? []} columns={columns} caption="Your sessions" rowKey={(s) => s.id} empty={sessions.isPending ? "Loading…" : "No open sessions."} />
      )}
      <ConfirmDialog
        open={confirmingAll}
        title="Sign out every other session?"
        confirmLabel="Sign out others"
        busy={endOthers.isPending}
        onCancel={() => setConfirmingAll(false)}
        onConfirm={() => endOthers.mutate(undefined, { onSettled: () => setConfirmingAll(false) })}
      >
        {others === 1 ? "One other browser is" : `${others} other browsers are`} signed in as you. They will have to sign in again; this one stays signed in.
      </ConfirmDialog>
    </Card>
  );
}
