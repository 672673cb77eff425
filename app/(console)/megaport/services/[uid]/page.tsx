import type { Metadata } from "next";
import { ServiceDetail } from "@/components/megaport/service-detail";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";

export const metadata: Metadata = { title: "Megaport service" };

type TProps = { params: Promise<{ uid: string }>; searchParams: Promise<{ connection?: string | string[] }> };

export default async function MegaportServicePage({ params, searchParams }: TProps) {
  const [{ uid }, { connection }] = await Promise.all([params, searchParams]);
  const back = `/megaport/services/${encodeURIComponent(uid)}${typeof connection === "string" ? `?connection=${encodeURIComponent(connection)}` : ""}`;
  const user = await requirePageUser("viewer", back);
  const selected = pickConnection(await connectionOptions("megaport"), connection);
  if (!selected) return <NoConnection vendor="megaport" canManage={user.role === "admin"} />;
  return <ServiceDetail key={`${selected.id}/${uid}`} connection={selected} uid={uid} />;
}
