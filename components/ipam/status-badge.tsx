import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { TIpamBlockStatus } from "@/lib/vendors/provision/schemas";

const LOOK: Record<TIpamBlockStatus | "available", [label: string, tone: TBadgeTone]> = {
  aggregate: ["Aggregate", "blue"],
  assigned: ["Assigned", "amber"],
  holding: ["In holding", "gray"],
  split: ["Split", "gray"],
  free: ["Available", "green"],
  available: ["Available", "green"],
};

export const statusLabel = (status: TIpamBlockStatus | "available") => LOOK[status][0];

export function StatusBadge({ status }: { status: TIpamBlockStatus | "available" }) {
  const [label, tone] = LOOK[status];
  return <Badge tone={tone}>{label}</Badge>;
}
