"use client";

import Link from "next/link";
import { ErrorState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { netticaTimeMs } from "@/lib/vendors/nettica/nettica-time";
import { DeviceIdentity } from "./device-identity";
import { useNetticaDevice } from "./use-nettica-device";
import { useNow } from "@/components/ui/use-now";
import { VpnCard } from "./vpn-card";

/** One device: who it is and each of its VPNs (from the account's VPN list); operators may enable or disable a VPN. */
export function DeviceDetail({ connection, deviceId, canManage }: { connection: { id: string; name: string }; deviceId: string; canManage: boolean }) {
  const query = useNetticaDevice(connection.id, deviceId);
  const now = useNow(10_000);
  const device = query.data;
  const fetchedAtMs = device ? (netticaTimeMs(device.fetchedAt) ?? query.dataUpdatedAt) : 0;
  const serverNow = Math.max(now, query.dataUpdatedAt) + (fetchedAtMs - query.dataUpdatedAt);

  return (
    <>
      <Link href={`/nettica?connection=${encodeURIComponent(connection.id)}`} className="mb-2 inline-block text-sm text-sky-700 hover:underline dark:text-sky-400">
        ← All devices of {connection.name}
      </Link>
      <PageHeader
        title={device?.name ?? "Device"}
        description={device ? `${device.vpns.length} ${device.vpns.length === 1 ? "VPN" : "VPNs"} · ${connection.name}` : connection.name}
        actions={<RefreshStatus updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} testId="devices-updated" />}
      />
      {query.isPending ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          Loading the device…
        </p>
      ) : query.isError && !device ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        device && (
          <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            <div>
              <DeviceIdentity device={device} nowMs={serverNow} />
            </div>
            <section aria-labelledby="vpns-heading" className="space-y-4">
              <h2 id="vpns-heading" className="font-semibold">
                VPNs
              </h2>
              {/* The account's VPN list left records out: one of them may be this device's. */}
              <UnreadableNotice unreadable={device.unreadable} what="VPNs" />
              {device.vpns.length === 0 ? (
                <p className="text-sm text-zinc-500">This device is in no VPN.</p>
              ) : (
                device.vpns.map((vpn) => <VpnCard key={vpn.id} vpn={vpn} connectionId={connection.id} deviceName={device.name} canManage={canManage} />)
              )}
            </section>
          </div>
        )
      )}
    </>
  );
}
