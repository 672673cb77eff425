import type { Metadata } from "next";
import { IpamView } from "@/components/ipam/ipam-view";
import { NoConnection } from "@/components/shell/no-connection";
import { hasRole } from "@/lib/roles";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";

export const metadata: Metadata = { title: "IPAM" };

/** ?block=<id>: a ProVision block id, opened in the detail panel (the search's links); anything else opens none. */
const blockIdOf = (block: string | string[] | undefined) => (typeof block === "string" && /^[1-9]\d{0,15}$/.test(block) ? Number(block) : undefined);

export default async function IpamPage({ searchParams }: { searchParams: Promise<{ connection?: string | string[]; block?: string | string[] }> }) {
  const user = await requirePageUser("viewer", "/ipam");
  const search = await searchParams;
  const connections = await connectionOptions("provision");
  const selected = pickConnection(connections, search.connection);
  if (!selected) return <NoConnection vendor="provision" canManage={user.role === "admin"} />;
  const openBlockId = blockIdOf(search.block);
  // Keyed by connection (and the block opened), so switching starts with fresh filters, expansion and selection.
  return <IpamView key={`${selected.id}/${openBlockId ?? ""}`} connections={connections} connectionId={selected.id} canChange={hasRole(user.role, "operator")} openBlockId={openBlockId} />;
}
