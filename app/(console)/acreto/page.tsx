import type { Metadata } from "next";
import { EcosystemsView } from "@/components/acreto/ecosystems-view";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { pickConnection } from "@/lib/server/connection-options";
import { acretoConnections } from "./acreto-connections";

export const metadata: Metadata = { title: "Acreto ecosystems" };

export default async function AcretoPage({ searchParams }: { searchParams: Promise<{ connection?: string | string[] }> }) {
  const user = await requirePageUser("viewer", "/acreto");
  const connections = await acretoConnections();
  const selected = pickConnection(connections, (await searchParams).connection);
  if (!selected) return <NoConnection vendor="acreto" canManage={user.role === "admin"} />;
  // Keyed by connection, so switching starts with a fresh search.
  return <EcosystemsView key={selected.id} connections={connections} connection={selected} isAdmin={user.role === "admin"} />;
}
