import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export default async function AlertsPage() {
  await requirePageUser("viewer", "/alerts");
  return (
    <>
      <PageHeader title="Alerts" />
      <EmptyState title="Alert channels and history are not available in this version yet." />
    </>
  );
}
