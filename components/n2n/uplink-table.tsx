"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { formatMoment } from "@/components/ui/format-time";
import { SortableTable } from "@/components/ui/tables";
import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";
import { formatValue, readingName } from "./format";

const orDash = (value: number | string | null, suffix = "") => (value === null ? "—" : `${value}${suffix}`);

const columns: ColumnDef<TN2nUplinkView, unknown>[] = [
  { id: "time", header: "Time", accessorFn: (u) => u.ts, cell: ({ row: { original: u } }) => <time dateTime={new Date(u.ts).toISOString()} className="whitespace-nowrap tabular-nums">{formatMoment(u.ts)}</time> },
  { id: "port", header: "Port", accessorFn: (u) => u.port ?? -1, cell: ({ row: { original: u } }) => <span className="tabular-nums">{orDash(u.port)}</span> },
  { id: "counter", header: "Counter", accessorFn: (u) => u.fCnt ?? -1, cell: ({ row: { original: u } }) => <span className="tabular-nums">{orDash(u.fCnt)}</span> },
  { id: "rssi", header: "RSSI", accessorFn: (u) => u.rssi ?? -999, cell: ({ row: { original: u } }) => <span className="whitespace-nowrap tabular-nums">{orDash(u.rssi, " dBm")}</span> },
  { id: "snr", header: "SNR", accessorFn: (u) => u.snr ?? -999, cell: ({ row: { original: u } }) => <span className="whitespace-nowrap tabular-nums">{orDash(u.snr, " dB")}</span> },
  { id: "gateway", header: "Gateway", accessorFn: (u) => u.gateway ?? "", cell: ({ row: { original: u } }) => <span className="font-mono text-xs">{u.gateway ?? "—"}</span> },
  { id: "sf", header: "SF", accessorFn: (u) => u.spreadingFactor ?? 0, cell: ({ row: { original: u } }) => (u.spreadingFactor === null ? "—" : `SF${u.spreadingFactor}`) },
  {
    id: "readings",
    header: "Readings",
    enableSorting: false,
    cell: ({ row: { original: u } }) => (
      <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
        {u.readings.map((r) => (
          <li key={`${r.channelId}/${r.type}`} data-testid="reading">
            <span className="text-zinc-500 dark:text-zinc-400">{readingName(r)}</span> <span className="tabular-nums">{formatValue(r.value, r.unit)}</span>
          </li>
        ))}
      </ul>
    ),
  },
];

/** The latest uplinks, newest first: when, on which port and with which counter, where it was heard and how well, and what it said. */
export function UplinkTable({ uplinks }: { uplinks: TN2nUplinkView[] }) {
  return <SortableTable rows={uplinks} columns={columns} rowKey={(u) => String(u.ts)} caption="Latest uplink messages" empty="This device has sent no uplink in the last days." />;
}
