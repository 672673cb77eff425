import { Badge } from "@/components/ui/badge";
import type { TNetticaHealth } from "@/lib/vendors/nettica/schemas";
import { HEALTH_LABEL, HEALTH_TONE } from "./health";

/** Up / Down / Never seen, by the lastSeen rule (300 s, or the connection's own alert threshold). */
export function HealthBadge({ health }: { health: TNetticaHealth }) {
  return (
    <span className="whitespace-nowrap">
      <Badge tone={HEALTH_TONE[health]}>{HEALTH_LABEL[health]}</Badge>
    </span>
  );
}
