import type { Metadata } from "next";
import { IpamView } from "@/components/ipam/ipam-view";
import { NoConnection } from "@/components/shell/no-connection";
import { hasRole } from "@/lib/roles";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";

export const metadata: Metadata = { title: "IPAM" };

export default async function IpamPage({ searchParams }: { searchParams: Promise<{ connection?: string | string[] }> }) {
  const user = await requirePageUser("viewer", "/ipam");
  const connections = await connectionOptions("provision");
  const selected = pickConnection(connections, (await searchParams).connection);
  if (!selected) return <NoConnection vendor="provision" canManage={user.role === "admin"} />;
  // Keyed by connection, so switching starts with fresh filters, expansion and selection.
  return <IpamView key={selected.id} connections={connections} connectionId={selected.id} canChange={hasRole(user.role, "operator")} />;
}
