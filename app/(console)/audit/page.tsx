import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage() {
  await requirePageUser("admin", "/audit");
  return (
    <>
      <PageHeader title="Audit trail" description="Sign-ins, connection changes and every vendor change. Append-only." />
      <AuditLog />
    </>
  );
}
