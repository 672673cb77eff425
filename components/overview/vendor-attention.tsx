import { CheckCircle2, XCircle } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { kindCount } from "@/lib/attention/attention-kinds";
import type { TAttentionConnection, TAttentionSection } from "@/lib/attention/attention-types";
import { vendorPageHref } from "@/lib/attention/item-hrefs";
import { kindCounts } from "@/lib/attention/kind-counts";
import { VENDOR_NAMES } from "@/lib/vendors/vendor-names";

/** One vendor at a glance: per connection, how many of each kind need a person, "All clear", or why it could not be checked. */
export function VendorAttention({ section }: { section: TAttentionSection }) {
  const info = VENDOR_NAMES[section.vendor];
  const headingId = `attention-${section.vendor}`;
  return (
    <Card className="h-full" data-testid="vendor-attention" data-vendor={section.vendor}>
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="font-medium">
          {info.label} <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">· {info.area}</span>
        </h3>
        <ul className="mt-2 space-y-2 text-sm">
          {section.connections.map((connection) => (
            <li key={connection.id}>
              <Link href={vendorPageHref(section.vendor, connection.id)} prefetch={false} className="text-xs font-medium text-zinc-600 hover:underline dark:text-zinc-300">
                {connection.name}
              </Link>
              <ConnectionCounts connection={connection} section={section} />
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}

function ConnectionCounts({ connection, section }: { connection: TAttentionConnection; section: TAttentionSection }) {
  if (connection.state === "failed") {
    return (
      <p className="mt-0.5 flex gap-1.5 text-red-700 dark:text-red-400">
        <XCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>Could not be checked: {connection.error}</span>
      </p>
    );
  }
  const counts = kindCounts(section.items.filter((item) => item.connectionId === connection.id));
  if (counts.length === 0) {
    return (
      <p className="mt-0.5 flex items-center gap-1.5 text-emerald-700 dark:text-emerald-400">
        <CheckCircle2 className="size-4" aria-hidden /> All clear
      </p>
    );
  }
  return (
    <ul className="mt-0.5 space-y-0.5">
      {counts.map(([kind, count]) => (
        <li key={kind} className="tabular-nums">
          {kindCount(kind, count)}
        </li>
      ))}
    </ul>
  );
}
