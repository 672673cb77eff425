"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { formatDay } from "@/components/ui/format-time";
import type { TAcretoEcosystemRow } from "@/lib/vendors/acreto/schemas";
import { ecosystemHref } from "./acreto-keys";
import { EcosystemStatusBadge } from "./ecosystem-status-badge";
import { statusRank } from "./ecosystem-status";
import { NspList } from "./nsp-list";

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const byText = (text: (ecosystem: TAcretoEcosystemRow) => string) => (a: { original: TAcretoEcosystemRow }, b: { original: TAcretoEcosystemRow }) =>
  collator.compare(text(a.original), text(b.original));

/** Name (link to its page), status, NSPs, owner and creation date of each ecosystem of one customer. */
export function ecosystemColumns(connectionId: string, customer: string): ColumnDef<TAcretoEcosystemRow, unknown>[] {
  return [
    {
      id: "name",
      header: "Ecosystem",
      accessorFn: (ecosystem) => ecosystem.name,
      sortingFn: byText((ecosystem) => ecosystem.name),
      cell: ({ row: { original: ecosystem } }) => (
        <Link href={ecosystemHref(connectionId, { customer, ecosystem: ecosystem.uuid })} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          {ecosystem.name}
        </Link>
      ),
    },
    {
      id: "status",
      header: "Status",
      accessorFn: (ecosystem) => statusRank(ecosystem.status),
      sortingFn: "basic",
      cell: ({ row: { original: ecosystem } }) => <EcosystemStatusBadge status={ecosystem.status} />,
    },
    {
      id: "nsps",
      header: "NSPs",
      accessorFn: (ecosystem) => ecosystem.nsps.map((nsp) => nsp.name).join(", "),
      sortingFn: byText((ecosystem) => ecosystem.nsps.map((nsp) => nsp.name).join(", ")),
      cell: ({ row: { original: ecosystem } }) => <NspList nsps={ecosystem.nsps} />,
    },
    {
      id: "owner",
      header: "Owner",
      accessorFn: (ecosystem) => ecosystem.owner?.fullName ?? "",
      sortingFn: byText((ecosystem) => ecosystem.owner?.fullName ?? ""),
      cell: ({ row: { original: ecosystem } }) =>
        ecosystem.owner ? (
          <div>
            <p>{ecosystem.owner.fullName}</p>
            <p className="text-xs text-zinc-500 dark:text-zinc-400">{ecosystem.owner.username}</p>
          </div>
        ) : (
          <span className="text-zinc-500">—</span>
        ),
    },
    {
      id: "created",
      header: "Created",
      accessorFn: (ecosystem) => (ecosystem.created ? Date.parse(ecosystem.created) || 0 : 0),
      sortingFn: "basic",
      cell: ({ row: { original: ecosystem } }) => <span className="whitespace-nowrap">{formatDay(ecosystem.created)}</span>,
    },
  ];
}
