import type { Metadata } from "next";
import { ConnectionsManager } from "@/components/connections/connections-manager";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage() {
  await requirePageUser("admin", "/settings/connections");
  return (
    <>
      <PageHeader title="Vendor connections" description="Credentials are encrypted at rest and never sent back to the browser." />
      <ConnectionsManager />
    </>
  );
}
