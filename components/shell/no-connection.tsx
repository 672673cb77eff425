import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { VENDOR_INFO, type TVendor } from "@/lib/vendors/vendor-info";

/** A vendor area before anyone has added a connection for that vendor. */
export function NoConnection({ vendor, canManage }: { vendor: TVendor; canManage: boolean }) {
  const info = VENDOR_INFO[vendor];
  const credentials = info.credentialSets
    .map((set) => set.map((key) => info.fields.find((f) => f.key === key)?.label ?? key).join(" and "))
    .join(", or ");
  return (
    <>
      <PageHeader title={`${info.label} — ${info.area}`} />
      <EmptyState title={`No ${info.label} connection yet`}>
        {canManage ? (
          <p>
            <Link href="/settings/connections" className="text-sky-700 underline dark:text-sky-400">
              Add a {info.label} connection
            </Link>{" "}
            with its {credentials} to see its {info.area} here.
          </p>
        ) : (
          <p>Ask an admin to add a {info.label} connection in Settings → Connections.</p>
        )}
      </EmptyState>
    </>
  );
}
