import { Badge } from "@/components/ui/badge";
import type { TMegaportVxcView } from "@/lib/vendors/megaport/views";
import { statusLook } from "./format";

/** Live (green), Configured/New (blue), Design/Decommissioned (gray), Cancelled (amber). */
export function ProvisioningBadge({ status }: { status: string }) {
  const look = statusLook(status);
  return (
    <span className="whitespace-nowrap" data-status={status}>
      <Badge tone={look.tone}>{look.label}</Badge>
    </span>
  );
}

/** Whether the service is up right now; Megaport sends null for services that are not built or gone. */
export function UpBadge({ up }: { up: boolean | null }) {
  if (up === null) return <span className="text-zinc-500 dark:text-zinc-400" aria-label="Up or down: not reported">—</span>;
  return up ? <Badge tone="green">Up</Badge> : <Badge tone="red">Down</Badge>;
}

/** Locked by the customer, or by Megaport (admin locked): such a service cannot be changed or cancelled. */
export function LockBadges({ locked, adminLocked }: { locked: boolean; adminLocked: boolean }) {
  if (!locked && !adminLocked) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {locked && <Badge tone="amber">Locked</Badge>}
      {adminLocked && <Badge tone="red">Admin locked</Badge>}
    </span>
  );
}

/** A VXC shut down by the customer (configured, passing no traffic), or one waiting for the other end to approve it. */
export function VxcStateBadges({ vxc }: { vxc: Pick<TMegaportVxcView, "shutdown" | "approval"> }) {
  if (!vxc.shutdown && !vxc.approval) return null;
  const approval = vxc.approval && [vxc.approval.type === "SPEED_CHANGE" ? "Speed change" : "Approval", vxc.approval.status.replace(/_/g, " ").toLowerCase()].join(": ");
  return (
    <span className="inline-flex flex-wrap gap-1">
      {vxc.shutdown && <Badge tone="amber">Shut down</Badge>}
      {vxc.approval && (
        <span title={vxc.approval.message ?? undefined}>
          <Badge tone="blue">{approval}</Badge>
        </span>
      )}
    </span>
  );
}
