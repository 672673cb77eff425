import type { Metadata } from "next";
import { DevicesView } from "@/components/n2n/devices-view";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";
import { hasRole } from "@/lib/roles";
import { fleetListOf } from "@/lib/n2n-fleet/fleet-list-parse";

export const metadata: Metadata = { title: "N2N DL devices" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function N2nPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const user = await requirePageUser("viewer", "/n2n");
  const search = await searchParams;
  const connections = await connectionOptions("n2n");
  const selected = pickConnection(connections, search.connection);
  if (!selected) return <NoConnection vendor="n2n" canManage={user.role === "admin"} />;
  // Keyed by connection, so switching starts on the first page with a fresh search. The list in the address bar, each value the API would refuse left at its default.
  return <DevicesView key={selected.id} connections={connections} connectionId={selected.id} initialList={fleetListOf(search)} canEnrol={hasRole(user.role, "operator")} />;
}
