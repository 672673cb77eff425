"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { formatMoment } from "@/components/ui/format-time";
import { elapsedText } from "@/lib/attention/elapsed-text";
import type { TFleetList } from "@/lib/n2n-fleet/fleet-list-url";
import { FLEET_STATUS_LABELS, type TFleetDevice, type TFleetSort, type TFleetStatus } from "@/lib/n2n-fleet/fleet-view";
import { deviceHref } from "./n2n-keys";

const STATUS_TONES: Record<TFleetStatus, TBadgeTone> = { silent: "amber", reporting: "green", waiting: "blue", unknown: "gray" };
const muted = "text-zinc-500 dark:text-zinc-400";
const batteryText = (value: number, unit: string | null) => `${unit === "V" ? value.toFixed(2) : Math.round(value)}${unit ? ` ${unit}` : ""}`;

/**
 * The device table's columns, each sorting the whole fleet on the server (its id is the API's sort);
 * a device's link remembers the list. `now` ages the last uplinks as the page ticks.
 */
export function deviceColumns(connectionId: string, list: Partial<TFleetList>, now: number, silentAfterHours: number): ColumnDef<TFleetDevice, unknown>[] {
  // The accessor only makes the header a sort button: the rows arrive sorted by the server.
  // Times and signals sort newest and strongest first; text from A.
  const column = (id: TFleetSort, header: string, cell: ColumnDef<TFleetDevice, unknown>["cell"]): ColumnDef<TFleetDevice, unknown> => ({
    id,
    header,
    cell,
    accessorFn: () => null,
    enableSorting: true,
    sortDescFirst: id === "lastUplink" || id === "rssi" || id === "battery",
  });
  return [
    column("deviceId", "DevEUI / id", ({ row: { original: d } }) => {
      const href = deviceHref(connectionId, d.deviceId, list);
      return href ? (
        <Link href={href} prefetch={false} className="font-mono text-xs text-sky-700 hover:underline dark:text-sky-400" data-testid="device-eui">
          {d.deviceId}
        </Link>
      ) : (
        <span className="font-mono text-xs" data-testid="device-eui" title="Not a DevEUI or an ingested device id: N2N cannot be asked for this device">
          {d.deviceId}
        </span>
      );
    }),
    column("name", "Name", ({ row: { original: d } }) => <span className="font-medium whitespace-nowrap">{d.name || "—"}</span>),
    column("status", "Status", ({ row: { original: d } }) => (
      <span title={d.status === "silent" ? `No uplink for over ${silentAfterHours} h (the connection's threshold)` : undefined}>
        <Badge tone={STATUS_TONES[d.status]}>{FLEET_STATUS_LABELS[d.status]}</Badge>
      </span>
    )),
    column("lastUplink", "Last uplink", ({ row: { original: d } }) =>
      d.lastOnline === null ? (
        <span className={muted}>never</span>
      ) : (
        <span className="whitespace-nowrap tabular-nums" title={formatMoment(d.lastOnline)} suppressHydrationWarning>
          {elapsedText(now - d.lastOnline)} ago
        </span>
      ),
    ),
    column("rssi", "RSSI", ({ row: { original: d } }) =>
      d.signal?.rssi == null ? (
        <span className={muted} title="Read from the newest uplink: opening the device reads it">—</span>
      ) : (
        <span className="whitespace-nowrap tabular-nums" title={`${d.signal.snr == null ? "" : `SNR ${d.signal.snr} dB · `}uplink of ${formatMoment(d.signal.at)}`}>
          {d.signal.rssi} dBm
        </span>
      ),
    ),
    column("battery", "Battery", ({ row: { original: d } }) =>
      d.signal?.battery == null ? (
        <span className={muted}>—</span>
      ) : (
        <span className="whitespace-nowrap tabular-nums" title={`uplink of ${formatMoment(d.signal.at)}`}>
          {batteryText(d.signal.battery, d.signal.batteryUnit)}
        </span>
      ),
    ),
    // Enrolment (OTAA or ABP, class) is on the device's page; an ingested device says so here.
    column("type", "Type", ({ row: { original: d } }) => (
      <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
        {d.deviceType ?? <span className={muted}>—</span>}
        {d.network === "ingested" && <Badge>Ingested</Badge>}
      </span>
    )),
    column("enterprise", "Enterprise", ({ row: { original: d } }) => (
      <span className="font-mono text-xs whitespace-nowrap" title={d.groupIdList.length ? `Groups: ${d.groupIdList.join(", ")}` : undefined}>
        {d.enterpriseId}
      </span>
    )),
  ];
}
