import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { auditUrlQuery } from "@/components/audit/audit-url";
import { auditViewOf } from "@/components/audit/audit-url-parse";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("admin", "/audit");
  const initial = auditViewOf(await searchParams);
  return (
    <>
      <PageHeader title="Audit trail" description="Sign-ins, connection changes and every vendor change. Append-only." />
      {/* Keyed by the view: the sidebar's plain /audit starts over from the defaults. */}
      <AuditLog key={auditUrlQuery(initial)} initial={initial} />
    </>
  );
}
