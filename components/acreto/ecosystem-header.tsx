import type { ReactNode } from "react";
import { formatDay } from "@/components/ui/format-time";
import type { TAcretoEcosystemDetail } from "@/lib/vendors/acreto/schemas";
import { EcosystemStatusBadge } from "./ecosystem-status-badge";
import { NspList } from "./nsp-list";

/** Name and live status of the ecosystem, its customer, NSPs, owner and age. */
export function EcosystemHeader({ ecosystem, status, customerName, actions }: { ecosystem: TAcretoEcosystemDetail; status: string; customerName: string | null; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex items-start justify-between gap-3">
      <div className="min-w-0 flex-1 space-y-2">
        <h1 className="flex flex-wrap items-center gap-3 text-xl font-semibold tracking-tight">
          {ecosystem.name}
          <span className="text-base font-normal" data-testid="ecosystem-status">
            <EcosystemStatusBadge status={status} />
          </span>
        </h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {customerName && (
            <div className="flex gap-1.5">
              <dt className="text-zinc-500 dark:text-zinc-400">Customer</dt>
              <dd>{customerName}</dd>
            </div>
          )}
          <div className="flex gap-1.5">
            <dt className="text-zinc-500 dark:text-zinc-400">NSPs</dt>
            <dd>
              <NspList nsps={ecosystem.nsps} />
            </dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-zinc-500 dark:text-zinc-400">Owner</dt>
            <dd>{ecosystem.owner ? `${ecosystem.owner.fullName} (${ecosystem.owner.username})` : "—"}</dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-zinc-500 dark:text-zinc-400">Created</dt>
            <dd>{formatDay(ecosystem.created)}</dd>
          </div>
        </dl>
      </div>
      <div className="shrink-0">{actions}</div>
    </div>
  );
}
