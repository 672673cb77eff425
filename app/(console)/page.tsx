import { OverviewCards } from "@/components/overview/overview-cards";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export default async function OverviewPage() {
  const user = await requirePageUser("viewer", "/");
  return (
    <>
      <PageHeader title="Overview" description="Each vendor connection, checked with one signed call." />
      <OverviewCards canManage={user.role === "admin"} />
    </>
  );
}
