import type { Metadata } from "next";
import { MfaEnrollmentView } from "@/components/acreto/mfa-enrollment-view";
import { NoConnection } from "@/components/shell/no-connection";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { pickConnection } from "@/lib/server/connection-options";
import { acretoConnections } from "../acreto-connections";

export const metadata: Metadata = { title: "Acreto MFA enrolment" };

type TProps = { searchParams: Promise<{ connection?: string | string[]; user?: string | string[] }> };

export default async function AcretoMfaPage({ searchParams }: TProps) {
  const { connection, user: username } = await searchParams;
  await requirePageUser("admin", `/acreto/mfa${typeof connection === "string" ? `?connection=${encodeURIComponent(connection)}` : ""}`);
  const connections = await acretoConnections();
  const selected = pickConnection(connections, connection);
  if (!selected) return <NoConnection vendor="acreto" canManage />;
  const initialUsername = (typeof username === "string" ? username : null) ?? selected.username ?? "";
  return <MfaEnrollmentView key={selected.id} connections={connections} connection={selected} initialUsername={initialUsername} />;
}
