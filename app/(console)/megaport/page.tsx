import type { Metadata } from "next";
import { AccountView } from "@/components/megaport/account-view";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { connectionOptions, pickConnection } from "@/lib/server/connection-options";

export const metadata: Metadata = { title: "Megaport account" };

export default async function MegaportPage({ searchParams }: { searchParams: Promise<{ connection?: string | string[] }> }) {
  const user = await requirePageUser("viewer", "/megaport");
  const connections = await connectionOptions("megaport");
  const selected = pickConnection(connections, (await searchParams).connection);
  if (!selected) return <NoConnection vendor="megaport" canManage={user.role === "admin"} />;
  return <AccountView key={selected.id} connections={connections} connectionId={selected.id} />;
}
