import type { Metadata } from "next";
import { ServicesView } from "@/components/megaport/services-view";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";

export const metadata: Metadata = { title: "Megaport services" };

export default async function MegaportServicesPage({ searchParams }: { searchParams: Promise<{ connection?: string | string[] }> }) {
  const user = await requirePageUser("viewer", "/megaport/services");
  const connections = await connectionOptions("megaport");
  const selected = pickConnection(connections, (await searchParams).connection);
  if (!selected) return <NoConnection vendor="megaport" canManage={user.role === "admin"} />;
  // Keyed by connection, so switching starts with fresh filters.
  return <ServicesView key={selected.id} connections={connections} connectionId={selected.id} />;
}
