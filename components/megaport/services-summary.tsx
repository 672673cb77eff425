import type { TMegaportServiceCounts } from "@/lib/vendors/megaport/service-counts";
import { plural } from "./format";

/** "21 services: 12 ports · 5 MCRs · 4 MVEs — 15 live · 24 VXCs · 2 IXs" for everything listed. */
export function ServicesSummary({ counts }: { counts: TMegaportServiceCounts }) {
  const types = [plural(counts.byType.MEGAPORT ?? 0, "port"), plural(counts.byType.MCR2 ?? 0, "MCR"), plural(counts.byType.MVE ?? 0, "MVE")];
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-300" data-testid="megaport-counts">
      {plural(counts.services, "service")}: {types.join(" · ")} — {(counts.byStatus.LIVE ?? 0).toLocaleString("en-US")} live · {plural(counts.vxcs, "VXC")} · {plural(counts.ixs, "IX", "IXs")}
    </p>
  );
}
