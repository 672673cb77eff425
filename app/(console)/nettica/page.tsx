import type { Metadata } from "next";
import { DevicesView } from "@/components/nettica/devices-view";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";

export const metadata: Metadata = { title: "Nettica devices" };

export default async function NetticaPage({ searchParams }: { searchParams: Promise<{ connection?: string | string[] }> }) {
  const user = await requirePageUser("viewer", "/nettica");
  const connections = await connectionOptions("nettica");
  const selected = pickConnection(connections, (await searchParams).connection);
  if (!selected) return <NoConnection vendor="nettica" canManage={user.role === "admin"} />;
  // Keyed by connection, so switching starts with a fresh search, filter and scroll position.
  return <DevicesView key={selected.id} connections={connections} connectionId={selected.id} />;
}
