"use client";

import type { ColumnDef } from "@tanstack/react-table";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/tables";
import { Dialog } from "@/components/ui/dialog";
import { WrappingUrl } from "@/components/ui/wrapping-url";
import { ErrorState } from "@/components/ui/empty-state";
import { DriftNote } from "./drift-note";
import type { TConnectionView } from "@/lib/vendors/connection";
import { secretBadgeText } from "@/lib/vendors/secret-labels";
import { VENDOR_INFO } from "@/lib/vendors/vendor-info";
import { N2nUsage } from "./n2n-usage";
import { problemsFirst } from "./problems-first";
import { TestButton } from "./test-button";
import { useConnections, useDeleteConnection } from "./use-connections";

// Loaded when the dialog opens: its form is not needed to list the connections.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
const ConnectionForm = dynamic(() => import("./connection-form").then((m) => m.ConnectionForm), { loading: () => null });
// Its form (react-hook-form, and zod once it is checked) loads when an admin opens it.
const ThresholdsForm = dynamic(() => import("./thresholds-form").then((m) => m.ThresholdsForm), { loading: () => null });

export function ConnectionsManager() {
  const { data, error, isPending, refetch } = useConnections();
  const [editing, setEditing] = useState<TConnectionView | "new" | null>(null);
  const [deleting, setDeleting] = useState<TConnectionView | null>(null);
  const [tuning, setTuning] = useState<TConnectionView | null>(null);
  const remove = useDeleteConnection();

  const columns = useMemo<ColumnDef<TConnectionView, unknown>[]>(
    () => [
      {
        accessorKey: "name",
        header: "Name",
        cell: ({ row }) => (
          <>
            <span className="font-medium">{row.original.name}</span>
            <N2nUsage connection={row.original} />
            <DriftNote connection={row.original} />
          </>
        ),
      },
      { id: "vendor", accessorFn: (c) => VENDOR_INFO[c.vendor].label, header: "Vendor" },
      { accessorKey: "baseUrl", header: "Base URL", cell: ({ row }) => <WrappingUrl url={row.original.baseUrl} /> },
      {
        id: "secrets",
        header: "Secrets",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="flex flex-wrap gap-1">
            {Object.entries(row.original.secrets).map(([key, state]) => (
              <Badge key={key} tone={state.set ? "green" : "gray"}>
                {secretBadgeText(row.original.vendor, key, state.set)}
              </Badge>
            ))}
          </div>
        ),
      },
      { accessorKey: "source", header: "Source", cell: ({ row }) => <Badge tone={row.original.source === "environment" ? "blue" : "gray"}>{row.original.source}</Badge> },
      {
        id: "actions",
        header: "",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="flex justify-end gap-1.5">
            <TestButton connection={row.original} />
            <Button size="sm" variant="secondary" onClick={() => setTuning(row.original)} aria-label={`Alert thresholds of ${row.original.name}`}>
              Thresholds
            </Button>
            {row.original.source === "database" && (
              <>
                <Button size="sm" variant="secondary" onClick={() => setEditing(row.original)} aria-label={`Edit ${row.original.name}`}>
                  Edit
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setDeleting(row.original)} aria-label={`Delete ${row.original.name}`}>
                  Delete
                </Button>
              </>
            )}
          </div>
        ),
      },
    ],
    [],
  );

  const ordered = useMemo(() => problemsFirst(data ?? []), [data]);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <DataTable
        rowKey={(connection) => connection.id}
        data={ordered}
        columns={columns}
        searchLabel="Search connections"
        empty={isPending ? "Loading…" : "No connections yet. Add one for each vendor you manage."}
        toolbar={<Button onClick={() => setEditing("new")}>Add connection</Button>}
      />
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing === "new" ? "Add connection" : `Edit ${editing?.name ?? ""}`}>
        {editing !== null && <ConnectionForm connection={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />}
      </Dialog>
      <Dialog open={tuning !== null} onClose={() => setTuning(null)} title={`Alert thresholds — ${tuning?.name ?? ""}`}>
        {tuning !== null && <ThresholdsForm connection={tuning} onDone={() => setTuning(null)} />}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.name ?? ""}?`}
        confirmLabel="Delete connection"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting, { onSettled: () => setDeleting(null) })}
      >
        Its stored credentials are erased. Pages for this vendor stop showing its data.
      </ConfirmDialog>
    </>
  );
}
