import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeviceDetail } from "@/components/n2n/device-detail";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";
import { hasRole } from "@/lib/roles";
import { fleetListOf } from "@/lib/n2n-fleet/fleet-list-parse";
import { ZN2nDeviceId } from "@/lib/vendors/n2n/schemas";

export const metadata: Metadata = { title: "N2N DL device" };

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function N2nDevicePage({ params, searchParams }: TProps) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const { connection } = search;
  const back = `/n2n/devices/${encodeURIComponent(id)}${typeof connection === "string" ? `?connection=${encodeURIComponent(connection)}` : ""}`;
  const user = await requirePageUser("viewer", back);
  // A DevEUI (upper-cased) or an ingested device id (lower-cased); anything else names no N2N device.
  const deviceId = ZN2nDeviceId.safeParse(id);
  if (!deviceId.success) notFound();
  const selected = pickConnection(await connectionOptions("n2n"), connection);
  if (!selected) return <NoConnection vendor="n2n" canManage={user.role === "admin"} />;
  // The list it was opened from (page, filters, order), as the link says; a value the list would refuse is left out.
  return <DeviceDetail key={`${selected.id}/${deviceId.data}`} connection={selected} deviceId={deviceId.data} canUnenrol={hasRole(user.role, "operator")} fromList={fleetListOf(search)} />;
}
