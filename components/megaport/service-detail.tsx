"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { VendorErrorState } from "@/components/vendor-mfa/vendor-error-state";
import type { TMegaportServiceDetail } from "@/lib/vendors/megaport/views";
import { plural, typeLabel } from "./format";
import { IxCard } from "./ix-card";
import { relayKeyOf, servicesHref } from "./megaport-keys";
import { ProductFacts } from "./product-facts";
import { ResourceList } from "./resource-list";
import { useMegaportService } from "./use-megaport-service";
import { VxcCard } from "./vxc-card";

function titleOf(detail: TMegaportServiceDetail): { name: string; kind: string } {
  if (detail.kind === "PRODUCT") return { name: detail.product.name, kind: typeLabel(detail.product.type) };
  return detail.kind === "VXC" ? { name: detail.vxc.name, kind: "VXC" } : { name: detail.ix.name, kind: "IX" };
}

/** One service: a port, MCR or MVE with its VXCs' A and B ends and technical resources, or a single VXC or IX. */
export function ServiceDetail({ connection, uid }: { connection: { id: string; name: string }; uid: string }) {
  const query = useMegaportService(connection.id, uid);
  const detail = query.data;
  const title = detail && titleOf(detail);
  return (
    <>
      <Link href={servicesHref(connection.id)} className="mb-2 inline-block text-sm text-sky-700 hover:underline dark:text-sky-400">
        ← Services of {connection.name}
      </Link>
      <PageHeader
        title={title?.name ?? "Service"}
        description={title ? `${title.kind} · ${connection.name}` : connection.name}
        actions={<RefreshStatus updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} testId="megaport-updated" />}
      />
      {detail?.unreadable && (
        <div className="mb-4">
          <UnreadableNotice unreadable={detail.unreadable} what="VXCs and IXs" />
        </div>
      )}
      {query.isPending ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          Loading the service…
        </p>
      ) : !detail ? (
        <VendorErrorState error={query.error!} relayKey={relayKeyOf(connection.id)} onRetry={() => void query.refetch()} />
      ) : detail.kind === "PRODUCT" ? (
        <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <div className="space-y-4">
            <ProductFacts product={detail.product} />
            <Card>
              <h2 className="mb-3 font-semibold">Technical resources</h2>
              <ResourceList resources={detail.product.resources} />
              {detail.product.vnics.length > 0 && (
                <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">vNICs: {detail.product.vnics.map((vnic, i) => `${vnic.description ?? i} (VLAN ${vnic.vlan ?? "—"})`).join(", ")}</p>
              )}
            </Card>
          </div>
          <section aria-labelledby="vxcs-heading" className="space-y-4">
            <h2 id="vxcs-heading" className="font-semibold">
              {plural(detail.product.vxcs.length, "VXC")}
              {detail.product.ixs.length > 0 && ` and ${plural(detail.product.ixs.length, "IX")}`}
            </h2>
            {detail.product.vxcs.length === 0 && detail.product.ixs.length === 0 && <p className="text-sm text-zinc-500 dark:text-zinc-400">No VXC or IX connects to this service.</p>}
            {detail.product.vxcs.map((vxc) => (
              <VxcCard key={vxc.uid} vxc={vxc} connectionId={connection.id} serviceUid={detail.product.uid} />
            ))}
            {detail.product.ixs.map((ix) => (
              <IxCard key={ix.uid} ix={ix} />
            ))}
          </section>
        </div>
      ) : detail.kind === "VXC" ? (
        <VxcCard vxc={detail.vxc} connectionId={connection.id} serviceUid={null} />
      ) : (
        <IxCard ix={detail.ix} />
      )}
    </>
  );
}
