"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorState } from "@/components/ui/empty-state";
import { formatMoment, formatTimeOfDay } from "@/components/ui/format-time";
import { api } from "@/lib/api-client";
import type { TConnectionTestResult } from "@/lib/vendors/connection";
import { VENDOR_NAMES, type TVendor } from "@/lib/vendors/vendor-names";

type TCard = { id: string; vendor: TVendor; name: string; status: TConnectionTestResult };

// The vendor answered, but refused the credentials or wants a one-time code.
const ANSWERED_CODES = new Set(["upstream_unauthorized", "mfa_required", "upstream_error", "upstream_throttled"]);
const reachable = (status: TConnectionTestResult) => status.ok || ANSWERED_CODES.has(status.code ?? "");

export function OverviewCards({ canManage }: { canManage: boolean }) {
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ["overview"],
    queryFn: () => api<{ cards: TCard[] }>("/api/overview").then((r) => r.cards),
    refetchInterval: 60_000,
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <p className="text-sm text-zinc-500">Checking connections…</p>;
  if (data.length === 0) {
    return (
      <EmptyState title="No vendor connections yet">
        {canManage ? <Link className="text-sky-700 underline dark:text-sky-400" href="/settings/connections">Add a connection</Link> : "Ask an admin to add one."}
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {data.map((card) => (
        <li key={card.id}>
          <Card className="h-full" data-testid="connection-card" data-status={card.status.ok ? "ok" : "error"}>
            <div className="flex items-start justify-between gap-2">
              <div>
                <Link href={VENDOR_NAMES[card.vendor].href} className="font-medium hover:underline">
                  {card.name}
                </Link>
                <p className="text-xs text-zinc-500">
                  {VENDOR_NAMES[card.vendor].label} · {VENDOR_NAMES[card.vendor].area}
                </p>
              </div>
              <Badge tone={card.status.ok ? "green" : reachable(card.status) ? "amber" : "red"}>
                {card.status.ok ? "Healthy" : reachable(card.status) ? "Needs attention" : "Unreachable"}
              </Badge>
            </div>
            <dl className="mt-3 grid grid-cols-2 gap-1 text-xs">
              <dt className="text-zinc-500">Reachable</dt>
              <dd>{reachable(card.status) ? "Yes" : "No"}</dd>
              <dt className="text-zinc-500">Signed in</dt>
              <dd>{card.status.ok ? "Yes" : "No"}</dd>
              <dt className="text-zinc-500">Latency</dt>
              <dd>{card.status.ok ? `${card.status.latencyMs} ms` : "—"}</dd>
              <dt className="text-zinc-500">Checked</dt>
              <dd>
                <time dateTime={card.status.checkedAt} title={formatMoment(card.status.checkedAt)}>
                  {formatTimeOfDay(card.status.checkedAt)}
                </time>
              </dd>
            </dl>
            {!card.status.ok && <p className="mt-2 text-xs text-red-600 dark:text-red-400">Last error: {card.status.message}</p>}
          </Card>
        </li>
      ))}
    </ul>
  );
}
