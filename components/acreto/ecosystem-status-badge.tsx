import { Loader2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { statusLook } from "./ecosystem-status";

/** OK (green), Pending changes (amber), Commit in progress (blue, spinning), Ecosystem error (red). */
export function EcosystemStatusBadge({ status }: { status: string }) {
  const look = statusLook(status);
  return (
    <span className="whitespace-nowrap" data-status={status}>
      <Badge tone={look.tone}>
        {look.busy && <Loader2 size={12} aria-hidden className="mr-1 animate-spin" />}
        {look.label}
      </Badge>
    </span>
  );
}
