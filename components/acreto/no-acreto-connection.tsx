import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** The Acreto area before anyone has added an Acreto connection. */
export function NoAcretoConnection({ canManage }: { canManage: boolean }) {
  return (
    <>
      <PageHeader title="Acreto — IoT ecosystems" />
      <EmptyState title="No Acreto connection yet">
        {canManage ? (
          <p>
            <Link href="/settings/connections" className="text-sky-700 underline dark:text-sky-400">
              Add an Acreto connection
            </Link>{" "}
            with an Acreto username and password to see its ecosystems here.
          </p>
        ) : (
          <p>Ask an admin to add an Acreto connection in Settings → Connections.</p>
        )}
      </EmptyState>
    </>
  );
}
