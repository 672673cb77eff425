import type { Metadata } from "next";
import { IpamView } from "@/components/ipam/ipam-view";
import { NoConnection } from "@/components/ipam/no-connection";
import { hasRole } from "@/lib/roles";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { pickConnection, provisionConnections } from "./provision-connections";

export const metadata: Metadata = { title: "IPAM" };

export default async function IpamPage({ searchParams }: { searchParams: Promise<{ connection?: string | string[] }> }) {
  const user = await requirePageUser("viewer", "/ipam");
  const connections = await provisionConnections();
  const selected = pickConnection(connections, (await searchParams).connection);
  if (!selected) return <NoConnection canManage={user.role === "admin"} />;
  // Keyed by connection, so switching starts with fresh filters, expansion and selection.
  return <IpamView key={selected.id} connections={connections} connectionId={selected.id} canChange={hasRole(user.role, "operator")} />;
}
