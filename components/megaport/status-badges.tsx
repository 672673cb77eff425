import { Badge } from "@/components/ui/badge";
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
  if (up === null) return <span className="text-zinc-400 dark:text-zinc-500" aria-label="Up or down: not reported">—</span>;
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
