import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { formatMoment } from "@/components/ui/format-time";
import type { TAlertDeliveryView } from "@/lib/alerts/event-schemas";

const LOOK: Record<TAlertDeliveryView["status"], { tone: TBadgeTone; label: (d: TAlertDeliveryView) => string }> = {
  sent: { tone: "green", label: () => "sent" },
  pending: { tone: "amber", label: (d) => (d.attempts ? `retrying (${d.attempts} failed)` : "sending") },
  failed: { tone: "red", label: (d) => `failed after ${d.attempts} tries` },
  skipped: { tone: "gray", label: () => "skipped" },
};

/** One badge per channel an alert went to; the error is in the tooltip and for screen readers. */
export function DeliveryBadges({ deliveries }: { deliveries: TAlertDeliveryView[] }) {
  if (deliveries.length === 0) return <span className="text-xs text-zinc-500">No channel was on</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {deliveries.map((delivery) => (
        <li key={delivery.channelId} title={delivery.error ?? (delivery.at ? formatMoment(delivery.at) : undefined)}>
          <Badge tone={LOOK[delivery.status].tone}>
            {delivery.channel}: {LOOK[delivery.status].label(delivery)}
          </Badge>
          {delivery.error && <span className="sr-only"> ({delivery.error})</span>}
        </li>
      ))}
    </ul>
  );
}
