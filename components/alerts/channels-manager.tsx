"use client";

import type { ColumnDef, SortingState } from "@tanstack/react-table";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/tables";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/empty-state";
import type { TAlertChannelView } from "@/lib/alerts/channel-schemas";
import { LastDelivery } from "./last-delivery";
import { useAlertChannels, useDeleteAlertChannel, useTestAlertChannel } from "./use-alert-channels";
import { WEBHOOK_FORMAT_NAMES } from "./webhook-format-names";

// Loaded when the dialog opens: its form is not needed to list the channels.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
const ChannelForm = dynamic(() => import("./channel-form").then((m) => m.ChannelForm), { loading: () => null });

// Problems first: a channel whose last delivery failed is the one to look at; then by name.
const FAILING_FIRST: SortingState = [{ id: "lastDelivery", desc: false }, { id: "name", desc: false }];

const TLS_SHORT = { starttls: "STARTTLS", tls: "TLS", none: "no TLS" } as const;

function destination(channel: TAlertChannelView): string {
  if (channel.kind === "webhook") return `POST to ${channel.webhook.host} (${WEBHOOK_FORMAT_NAMES[channel.webhook.format]})`;
  const { to, host, port, tls } = channel.email;
  return `${to.join(", ")} via ${host}:${port} (${TLS_SHORT[tls]})`;
}

/** Where alerts go: add, edit, delete and test email and webhook channels (admins only). */
export function ChannelsManager() {
  const { data, error, isPending, refetch } = useAlertChannels();
  const [editing, setEditing] = useState<TAlertChannelView | "new" | null>(null);
  const [deleting, setDeleting] = useState<TAlertChannelView | null>(null);
  const remove = useDeleteAlertChannel();
  const test = useTestAlertChannel();

  const columns = useMemo<ColumnDef<TAlertChannelView, unknown>[]>(
    () => [
      {
        accessorKey: "name",
        header: "Channel",
        cell: ({ row }) => (
          <div className="flex items-center gap-2 whitespace-nowrap">
            <span className="font-medium">{row.original.name}</span>
            <Badge tone="blue">{row.original.kind === "email" ? "Email" : "Webhook"}</Badge>
          </div>
        ),
      },
      { id: "destination", accessorFn: destination, header: "Sends to", cell: ({ getValue }) => <span className="text-xs break-words">{String(getValue())}</span> },
      { id: "enabled", accessorFn: (c) => (c.enabled ? "on" : "off"), header: "State", cell: ({ row }) => <Badge tone={row.original.enabled ? "green" : "gray"}>{row.original.enabled ? "On" : "Off"}</Badge> },
      // Sorts failing channels first, then those that sent nothing yet, then those that delivered.
      { id: "lastDelivery", accessorFn: (c) => (c.lastDelivery ? (c.lastDelivery.ok ? 2 : 0) : 1), header: "Last delivery", cell: ({ row }) => <LastDelivery result={row.original.lastDelivery} /> },
      {
        id: "actions",
        header: "",
        enableSorting: false,
        cell: ({ row }) => {
          const testing = test.isPending && test.variables?.id === row.original.id;
          return (
            <div className="flex justify-end gap-1.5 whitespace-nowrap">
              <Button size="sm" variant="secondary" disabled={testing} onClick={() => test.mutate(row.original)} aria-label={`Send a test through ${row.original.name}`}>
                {testing ? "Sending…" : "Send test"}
              </Button>
              <Button size="sm" variant="secondary" onClick={() => setEditing(row.original)} aria-label={`Edit ${row.original.name}`}>
                Edit
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setDeleting(row.original)} aria-label={`Delete ${row.original.name}`}>
                Delete
              </Button>
            </div>
          );
        },
      },
    ],
    [test],
  );

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <DataTable
        rowKey={(channel) => channel.id}
        data={data ?? []}
        columns={columns}
        searchLabel="Search channels"
        initialSorting={FAILING_FIRST}
        empty={isPending ? "Loading…" : "No channels yet: alerts are recorded below but sent nowhere. Add an email or webhook channel."}
        toolbar={<Button onClick={() => setEditing("new")}>Add channel</Button>}
      />
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing === "new" ? "Add alert channel" : `Edit ${editing?.name ?? ""}`}>
        {editing !== null && <ChannelForm channel={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.name ?? ""}?`}
        confirmLabel="Delete channel"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting, { onSettled: () => setDeleting(null) })}
      >
        Alerts stop going to this channel, including any still waiting to be sent. Its stored password or URL is erased; the history keeps its name.
      </ConfirmDialog>
    </>
  );
}
