import type { Metadata } from "next";
import { DeviceDetail } from "@/components/nettica/device-detail";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { hasRole } from "@/lib/roles";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";

export const metadata: Metadata = { title: "Nettica device" };

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ connection?: string | string[] }> };

export default async function NetticaDevicePage({ params, searchParams }: TProps) {
  const [{ id }, { connection }] = await Promise.all([params, searchParams]);
  const back = `/nettica/devices/${encodeURIComponent(id)}${typeof connection === "string" ? `?connection=${encodeURIComponent(connection)}` : ""}`;
  const user = await requirePageUser("viewer", back);
  const selected = pickConnection(await connectionOptions("nettica"), connection);
  if (!selected) return <NoConnection vendor="nettica" canManage={user.role === "admin"} />;
  return <DeviceDetail key={`${selected.id}/${id}`} connection={selected} deviceId={id} canManage={hasRole(user.role, "operator")} />;
}
