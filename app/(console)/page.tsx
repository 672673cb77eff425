import { AttentionOverview } from "@/components/overview/attention-overview";
import { OverviewCards } from "@/components/overview/overview-cards";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export default async function OverviewPage() {
  const user = await requirePageUser("viewer", "/");
  return (
    <>
      <PageHeader title="Overview" description="What needs a person across the vendors, and each connection checked with one signed call." />
      <AttentionOverview />
      <section aria-labelledby="connections-heading">
        <h2 id="connections-heading" className="mb-4 text-lg font-semibold">
          Connections
        </h2>
        <OverviewCards canManage={user.role === "admin"} />
      </section>
    </>
  );
}
