"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { netticaTimeMs } from "@/lib/vendors/nettica/nettica-time";
import type { TNetticaDeviceRow } from "@/lib/vendors/nettica/schemas";
import { HEALTH_ORDER } from "./health";
import { HealthBadge } from "./health-badge";
import { LastSeen } from "./last-seen";

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const byText = (text: (device: TNetticaDeviceRow) => string) => (a: { original: TNetticaDeviceRow }, b: { original: TNetticaDeviceRow }) =>
  collator.compare(text(a.original), text(b.original));

export const deviceHref = (connectionId: string, deviceId: string) =>
  `/nettica/devices/${encodeURIComponent(deviceId)}?connection=${encodeURIComponent(connectionId)}`;

/** The device table's columns; widths live in the table's <colgroup>. */
export function deviceColumns(connectionId: string, nowMs: number): ColumnDef<TNetticaDeviceRow, unknown>[] {
  return [
    {
      id: "name",
      header: "Name",
      accessorFn: (device) => device.name,
      sortingFn: byText((device) => device.name),
      cell: ({ row: { original: device } }) => (
        <div className="min-w-0">
          {/* No prefetch: scrolling 10,000 rows must not fetch 10,000 pages. */}
          <Link href={deviceHref(connectionId, device.id)} prefetch={false} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
            {device.name}
          </Link>
          {device.description && <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">{device.description}</p>}
          {!device.enable && <Badge tone="amber">Device disabled</Badge>}
        </div>
      ),
    },
    {
      id: "vpns",
      header: "VPNs",
      accessorFn: (device) => device.vpns.map((vpn) => vpn.netName).join(", "),
      sortingFn: byText((device) => device.vpns.map((vpn) => vpn.netName).join(", ")),
      cell: ({ row: { original: device } }) =>
        device.vpns.length === 0 ? (
          <span className="text-zinc-500">None</span>
        ) : (
          <ul className="space-y-0.5">
            {device.vpns.map((vpn) => (
              <li key={vpn.id} className="flex flex-wrap items-center gap-x-1.5 text-xs">
                <span className={vpn.enable ? "font-medium" : "font-medium text-zinc-500 dark:text-zinc-400"}>{vpn.netName}</span>
                {vpn.role && <Badge tone="blue">{vpn.role}</Badge>}
                {!vpn.enable && <Badge tone="amber">VPN disabled</Badge>}
                {vpn.endpoint && <span className="font-mono text-zinc-600 dark:text-zinc-400">{vpn.endpoint}</span>}
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: "status",
      header: "Status",
      accessorFn: (device) => HEALTH_ORDER.indexOf(device.health),
      sortingFn: "basic",
      cell: ({ row: { original: device } }) => <HealthBadge health={device.health} />,
    },
    {
      id: "lastSeen",
      header: "Last seen",
      accessorFn: (device) => (device.lastSeen ? (netticaTimeMs(device.lastSeen) ?? 0) : 0),
      sortingFn: "basic",
      cell: ({ row: { original: device } }) => <LastSeen lastSeen={device.lastSeen} nowMs={nowMs} />,
    },
    { id: "platform", header: "Platform", accessorFn: (device) => device.platform, sortingFn: byText((device) => device.platform) },
    { id: "os", header: "OS", accessorFn: (device) => device.os, sortingFn: byText((device) => device.os) },
  ];
}
