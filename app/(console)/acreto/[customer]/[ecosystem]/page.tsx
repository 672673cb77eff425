import type { Metadata } from "next";
import { EcosystemView } from "@/components/acreto/ecosystem-view";
import { NoConnection } from "@/components/shell/no-connection";
import { hasRole } from "@/lib/roles";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { pickConnection } from "@/lib/server/connection-options";
import { acretoConnections } from "../../acreto-connections";

export const metadata: Metadata = { title: "Acreto ecosystem" };

type TProps = { params: Promise<{ customer: string; ecosystem: string }>; searchParams: Promise<{ connection?: string | string[]; tab?: string | string[] }> };

export default async function AcretoEcosystemPage({ params, searchParams }: TProps) {
  const [{ customer, ecosystem }, { connection }] = await Promise.all([params, searchParams]);
  const query = typeof connection === "string" ? `?connection=${encodeURIComponent(connection)}` : "";
  const user = await requirePageUser("viewer", `/acreto/${encodeURIComponent(customer)}/${encodeURIComponent(ecosystem)}${query}`);
  const selected = pickConnection(await acretoConnections(), connection);
  if (!selected) return <NoConnection vendor="acreto" canManage={user.role === "admin"} />;
  return (
    <EcosystemView
      key={`${selected.id}/${customer}/${ecosystem}`}
      connection={selected}
      ecosystemRef={{ customer, ecosystem }}
      canOperate={hasRole(user.role, "operator")}
      isAdmin={user.role === "admin"}
    />
  );
}
