"use client";

import Link from "next/link";
import { SeverityBadge } from "@/components/overview/severity-badge";
import { Badge } from "@/components/ui/badge";
import { formatMoment } from "@/components/ui/format-time";
import type { TAlertEventView } from "@/lib/alerts/event-schemas";
import { VENDOR_NAMES } from "@/lib/vendors/vendor-names";
import { DeliveryBadges } from "./delivery-badges";
import { MuteButton } from "./mute-button";
import { SendAgainButton } from "./send-again-button";

/** The Nettica monitor's VPNs go down and come back; every other item enters attention and clears. */
function statusWords(event: TAlertEventView): string {
  const vpn = event.vpn !== null;
  if (event.kind === "down") return vpn ? "Down" : "Entered";
  return vpn ? "Up" : "Cleared";
}

/** One alert: when, where, what (linked to its page), how bad, which way, and what each channel made of it. */
export function AlertEventRow({ event, canAct }: { event: TAlertEventView; canAct: boolean }) {
  return (
    <tr title={event.message} className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800" data-vendor={event.vendor}>
      <td className="px-3 py-2 whitespace-nowrap">
        <time dateTime={event.at}>{formatMoment(event.at)}</time>
      </td>
      <td className="px-3 py-2">
        <div>{VENDOR_NAMES[event.vendor].label}</div>
        <div className="text-xs text-zinc-500">{event.connection}</div>
      </td>
      <td className="px-3 py-2">
        {event.vpn !== null ? (
          <>
            <div className="font-medium">{event.device}</div>
            <div>{event.vpn}</div>
            <div className="text-xs text-zinc-500">{event.network}</div>
          </>
        ) : (
          <>
            {event.href ? (
              <Link href={event.href} prefetch={false} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                {event.title}
              </Link>
            ) : (
              <div className="font-medium">{event.title}</div>
            )}
            <div className="text-xs text-zinc-500">{event.detail}</div>
          </>
        )}
      </td>
      <td className="px-3 py-2">
        <SeverityBadge severity={event.severity} />
      </td>
      <td className="px-3 py-2">
        <Badge tone={event.kind === "down" ? "red" : "green"}>{statusWords(event)}</Badge>
      </td>
      <td className="px-3 py-2">
        {event.muted ? <Badge tone="gray">Muted: sent nowhere</Badge> : <DeliveryBadges deliveries={event.deliveries} />}
        {canAct && (
          <div className="mt-1 flex flex-wrap gap-1">
            <SendAgainButton event={event} />
            <MuteButton event={event} />
          </div>
        )}
      </td>
    </tr>
  );
}
