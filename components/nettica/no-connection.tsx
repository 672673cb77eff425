import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** The Nettica area before anyone has added a Nettica connection. */
export function NoConnection({ canManage }: { canManage: boolean }) {
  return (
    <>
      <PageHeader title="Nettica — VPN devices" />
      <EmptyState title="No Nettica connection yet">
        {canManage ? (
          <p>
            <Link href="/settings/connections" className="text-sky-700 underline dark:text-sky-400">
              Add a Nettica connection
            </Link>{" "}
            with your account&apos;s API key to see its devices here.
          </p>
        ) : (
          <p>Ask an admin to add a Nettica connection in Settings → Connections.</p>
        )}
      </EmptyState>
    </>
  );
}
