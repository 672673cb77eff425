"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import { deviceHref, type TListPage } from "./n2n-keys";

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const byText = (text: (device: TN2nDeviceRow) => string) => (a: { original: TN2nDeviceRow }, b: { original: TN2nDeviceRow }) =>
  collator.compare(text(a.original), text(b.original));

/** The device table's columns: each sorts the loaded page; a device's link remembers the page. */
export function deviceColumns(connectionId: string, page: TListPage): ColumnDef<TN2nDeviceRow, unknown>[] {
  return [
    {
      id: "deviceId",
      header: "DevEUI / id",
      accessorFn: (d) => d.deviceId,
      cell: ({ row: { original: d } }) => {
        const href = deviceHref(connectionId, d.deviceId, page);
        return href ? (
          <Link href={href} prefetch={false} className="font-mono text-xs text-sky-700 hover:underline dark:text-sky-400" data-testid="device-eui">
            {d.deviceId}
          </Link>
        ) : (
          <span className="font-mono text-xs" data-testid="device-eui" title="Not a DevEUI or an ingested device id: N2N cannot be asked for this device">
            {d.deviceId}
          </span>
        );
      },
    },
    { id: "name", header: "Name", accessorFn: (d) => d.name, sortingFn: byText((d) => d.name), cell: ({ row: { original: d } }) => <span className="font-medium">{d.name || "—"}</span> },
    { id: "enterprise", header: "Enterprise", accessorFn: (d) => d.enterpriseId, sortingFn: byText((d) => d.enterpriseId), cell: ({ row: { original: d } }) => <span className="font-mono text-xs whitespace-nowrap">{d.enterpriseId}</span> },
    {
      id: "groups",
      header: "Groups",
      accessorFn: (d) => d.groupIdList.join(", "),
      sortingFn: byText((d) => d.groupIdList.join(", ")),
      cell: ({ row: { original: d } }) => (
        <span className="flex flex-wrap gap-1">
          {d.groupIdList.map((group) => (
            <Badge key={group} tone={group.endsWith(".master") ? "blue" : "gray"}>
              {group}
            </Badge>
          ))}
        </span>
      ),
    },
    { id: "type", header: "Type", accessorFn: (d) => d.deviceType ?? "", sortingFn: byText((d) => d.deviceType ?? "") },
    {
      id: "enrolment",
      header: "Enrolment",
      accessorFn: (d) => `${d.enrolment.mode ?? d.network} ${d.enrolment.class ?? ""}`,
      cell: ({ row: { original: d } }) => (
        <span className="whitespace-nowrap">{d.enrolment.mode ? `${d.enrolment.mode.toUpperCase()}${d.enrolment.class ? ` · class ${d.enrolment.class}` : ""}` : d.network === "ingested" ? "Ingested" : "—"}</span>
      ),
    },
  ];
}
