import "server-only";
import type { TAttentionKind } from "@/lib/attention/attention-kinds";
import type { TAttentionSeverity } from "@/lib/attention/attention-types";
import type { TThresholds } from "@/lib/attention/threshold-fields";
import type { TVendor } from "@/lib/vendors/vendor-names";
import type { TUpstreamConnection } from "@/lib/server/upstream";

/** What one vendor rule found about one subject (a device, an ecosystem, an aggregate…), before it is dated. */
export type TFinding = {
  kind: TAttentionKind;
  /** What it is about, stable between reads: a device id, a VPN id, a CIDR, a product uid. */
  subject: string;
  severity: TAttentionSeverity;
  title: string;
  detail: string;
  href: string;
  /** When the vendor says it began (a device's last check-in, a commit's start); null: from when Patchbay first saw it. */
  startedAt: number | null;
  /** Shown only once it has lasted this long: Acreto dates no pending change, so its age counts from the first sighting. */
  showAfterMs?: number;
};

/** One vendor's rules: its list reads (through the shared, cached clients) judged at `now` by the connection's thresholds. Throws when the vendor cannot be read. */
export type TVendorFindings<V extends TVendor> = (connection: TUpstreamConnection, now: number, thresholds: TThresholds<V>) => Promise<TFinding[]>;
