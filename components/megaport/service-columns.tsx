"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { ContractEnd } from "./contract-end";
import { formatLocation, formatSpeed, typeLabel } from "./format";
import { problemsFirstKey } from "./problems-first";
import { farEnd, lineFields, type TServiceLine } from "./service-lines";
import { ServiceNameCell } from "./service-name-cell";
import { LockBadges, ProvisioningBadge, UpBadge, VxcStateBadges } from "./status-badges";

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const byText = (text: (line: TServiceLine) => string) => (a: { original: TServiceLine }, b: { original: TServiceLine }) => collator.compare(text(a.original), text(b.original));

function WhereCell({ line }: { line: TServiceLine }) {
  if (line.kind === "VXC") {
    const end = farEnd(line.vxc, line.parent);
    return (
      <div className="min-w-0 text-xs">
        <p>
          to <span className="font-medium">{end.productName || end.productUid}</span>
          {end.vlan !== null && <span className="text-zinc-500 dark:text-zinc-400"> · VLAN {end.vlan}</span>}
        </p>
        <p className="text-zinc-500 dark:text-zinc-400">{formatLocation(end.location)}</p>
      </div>
    );
  }
  if (line.kind === "IX") return <span className="text-xs">{[line.ix.networkServiceType, line.ix.asn && `AS${line.ix.asn}`, line.ix.vlan !== null && `VLAN ${line.ix.vlan}`].filter(Boolean).join(" · ")}</span>;
  const { location } = line.service;
  if (!location) return <span className="text-zinc-500 dark:text-zinc-400">—</span>;
  return (
    <div className="min-w-0">
      <p>{location.name}</p>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{[location.city, location.country].filter(Boolean).join(", ")}</p>
    </div>
  );
}

function TypeCell({ line }: { line: TServiceLine }) {
  if (line.kind !== "PRODUCT") return <span className="text-zinc-600 dark:text-zinc-300">{line.kind}</span>;
  const { mve } = line.service;
  return (
    <div>
      <p>{typeLabel(line.service.type)}</p>
      {mve && <p className="text-xs text-zinc-500 dark:text-zinc-400">{[mve.vendor, mve.label ?? mve.size].filter(Boolean).join(" · ")}</p>}
    </div>
  );
}

function ContractCell({ line }: { line: TServiceLine }) {
  const { contractTermMonths, contractEndDate } = lineFields(line);
  if (contractTermMonths === null && contractEndDate === null) return <span className="text-zinc-500 dark:text-zinc-400">—</span>;
  return (
    <div className="text-xs">
      {contractTermMonths !== null && <p>{contractTermMonths === 1 ? "Monthly" : `${contractTermMonths} months`}</p>}
      {contractEndDate !== null && (
        <p className="text-zinc-500 dark:text-zinc-400">
          <ContractEnd at={contractEndDate} prefix />
        </p>
      )}
    </div>
  );
}

/** The services table's columns; the company column only when more than one company is listed. */
export function serviceColumns(connectionId: string, showCompany: boolean): ColumnDef<TServiceLine, unknown>[] {
  const columns: ColumnDef<TServiceLine, unknown>[] = [
    { id: "name", header: "Name", accessorFn: (line) => lineFields(line).name, sortingFn: byText((line) => lineFields(line).name), cell: ({ row }) => <ServiceNameCell row={row} connectionId={connectionId} /> },
    { id: "type", header: "Type", accessorFn: (line) => typeLabel(lineFields(line).type), cell: ({ row }) => <TypeCell line={row.original} /> },
    {
      id: "status",
      header: "Status",
      accessorFn: (line) => problemsFirstKey(lineFields(line).status, lineFields(line).up),
      cell: ({ row }) => (
        <div className="flex flex-wrap gap-1">
          <ProvisioningBadge status={lineFields(row.original).status} />
          {row.original.kind === "VXC" && <VxcStateBadges vxc={row.original.vxc} />}
        </div>
      ),
    },
    { id: "up", header: "Up", accessorFn: (line) => { const { up } = lineFields(line); return up === true ? 2 : up === false ? 1 : 0; }, cell: ({ row }) => <UpBadge up={lineFields(row.original).up} /> },
    { id: "speed", header: "Speed", accessorFn: (line) => lineFields(line).speedMbps ?? -1, cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{formatSpeed(lineFields(row.original).speedMbps)}</span> },
    { id: "location", header: "Location", accessorFn: (line) => formatLocation(lineFields(line).location), sortingFn: byText((line) => formatLocation(lineFields(line).location)), cell: ({ row }) => <WhereCell line={row.original} /> },
    { id: "contract", header: "Contract", accessorFn: (line) => lineFields(line).contractEndDate ?? 0, cell: ({ row }) => <ContractCell line={row.original} /> },
    {
      id: "locked",
      header: "Locks",
      accessorFn: (line) => Number(lineFields(line).locked) + 2 * Number(lineFields(line).adminLocked),
      cell: ({ row }) => <LockBadges locked={lineFields(row.original).locked} adminLocked={lineFields(row.original).adminLocked} />,
    },
  ];
  if (showCompany) {
    columns.push({
      id: "company",
      header: "Company",
      accessorFn: (line) => (line.kind === "PRODUCT" ? line.service : line.parent).company.name ?? "",
      sortingFn: byText((line) => (line.kind === "PRODUCT" ? line.service : line.parent).company.name ?? ""),
      cell: ({ row }) => (row.original.kind === "PRODUCT" ? <span className="text-xs">{row.original.service.company.name}</span> : null),
    });
  }
  return columns;
}
