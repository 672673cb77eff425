import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorConnections } from "@/lib/server/connection-options";
import { VENDOR_INFO, type TVendor } from "@/lib/vendors/vendor-info";

/** A vendor area whose pages are not built yet: it lists that vendor's connections and says so plainly. */
export async function AreaPending({ vendor }: { vendor: TVendor }) {
  const info = VENDOR_INFO[vendor];
  // Names only: nothing here needs a secret decrypted.
  const connections = await vendorConnections(vendor);
  return (
    <>
      <PageHeader title={`${info.label} — ${info.area}`} />
      <EmptyState title={`The ${info.label} views are not available in this version yet.`}>
        {connections.length > 0 ? (
          <p>Configured connections: {connections.map((c) => c.name).join(", ")}. Their health shows on the overview.</p>
        ) : (
          <p>
            No {info.label} connection yet. <Link href="/settings/connections" className="underline">Add one</Link>.
          </p>
        )}
      </EmptyState>
    </>
  );
}
