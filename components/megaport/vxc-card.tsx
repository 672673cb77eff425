import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { TMegaportVxcDetail } from "@/lib/vendors/megaport/views";
import { formatSpeed } from "./format";
import { serviceHref } from "./megaport-keys";
import { ResourceList } from "./resource-list";
import { LockBadges, ProvisioningBadge, UpBadge, VxcStateBadges } from "./status-badges";
import { VxcEnd } from "./vxc-end";

/** A VXC: its status and rate, its A and B ends side by side, and its technical resources folded away. */
export function VxcCard({ vxc, connectionId, serviceUid }: { vxc: TMegaportVxcDetail; connectionId: string; serviceUid: string | null }) {
  return (
    <Card data-testid="vxc-card" aria-label={`VXC ${vxc.name}`} className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">
          {serviceUid ? (
            <Link href={serviceHref(connectionId, vxc.uid)} className="text-sky-700 hover:underline dark:text-sky-400">
              {vxc.name}
            </Link>
          ) : (
            vxc.name
          )}
        </h3>
        <ProvisioningBadge status={vxc.status} />
        <UpBadge up={vxc.up} />
        <VxcStateBadges vxc={vxc} />
        <LockBadges locked={vxc.locked} adminLocked={vxc.adminLocked} />
        <span className="ml-auto text-sm text-zinc-600 tabular-nums dark:text-zinc-300">
          {formatSpeed(vxc.rateLimitMbps)}
          {vxc.distanceBand && <span className="text-zinc-500 dark:text-zinc-400"> · {vxc.distanceBand.toLowerCase()}</span>}
        </span>
      </div>
      {vxc.approval?.message && <p className="text-sm text-zinc-600 dark:text-zinc-300">{vxc.approval.message}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <VxcEnd label="A-End" end={vxc.aEnd} isThisService={vxc.aEnd.productUid === serviceUid} />
        <VxcEnd label="B-End" end={vxc.bEnd} isThisService={vxc.bEnd.productUid === serviceUid} />
      </div>
      <details open={serviceUid === null}>
        <summary className="cursor-pointer text-sm text-zinc-600 dark:text-zinc-300">Technical resources ({vxc.resources.length})</summary>
        <div className="mt-2">
          <ResourceList resources={vxc.resources} emptyText="None: Megaport keeps resources only while a VXC is configured or live." />
        </div>
      </details>
    </Card>
  );
}
