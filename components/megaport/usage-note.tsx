import type { TMegaportUsage } from "@/lib/vendors/megaport/views";

/** Megaport allows 500 calls per 5 minutes: how many of them this server has used just now. */
export function UsageNote({ usage }: { usage: TMegaportUsage | undefined }) {
  if (!usage) return null;
  const minutes = Math.round(usage.windowMs / 60_000);
  return (
    <span title="Patchbay waits rather than exceed Megaport's limit" data-testid="megaport-usage">
      API calls: {usage.used} of {usage.limit} in {minutes} min
    </span>
  );
}
