import { AlertTriangle, OctagonAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { TAttentionSeverity } from "@/lib/attention/attention-types";

/** Red "Critical" or amber "Warning", with an icon so the two differ without colour too. */
export function SeverityBadge({ severity }: { severity: TAttentionSeverity }) {
  const Icon = severity === "critical" ? OctagonAlert : AlertTriangle;
  return (
    <Badge tone={severity === "critical" ? "red" : "amber"}>
      <Icon className="mr-1 size-3" aria-hidden />
      {severity === "critical" ? "Critical" : "Warning"}
    </Badge>
  );
}
