import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** The IPAM area before anyone has added a ProVision connection. */
export function NoConnection({ canManage }: { canManage: boolean }) {
  return (
    <>
      <PageHeader title="6connect ProVision — IPAM" />
      <EmptyState title="No ProVision connection yet">
        {canManage ? (
          <p>
            <Link href="/settings/connections" className="text-sky-700 underline dark:text-sky-400">
              Add a ProVision connection
            </Link>{" "}
            with its API URL, API key and secret key to see its blocks here.
          </p>
        ) : (
          <p>Ask an admin to add a ProVision connection in Settings → Connections.</p>
        )}
      </EmptyState>
    </>
  );
}
