// The answer of GET /api/attention, without zod: the overview page imports these types.
import type { TVendor } from "@/lib/vendors/vendor-info";
import type { TAttentionKind } from "./attention-kinds";

export type TAttentionSeverity = "critical" | "warning";

/** One thing that needs a person, with the console page where it can be looked at or fixed. */
export type TAttentionItem = {
  /** Stable across refreshes, restarts and instances: vendor/connection/rule/subject. */
  id: string;
  vendor: TVendor;
  connectionId: string;
  connectionName: string;
  kind: TAttentionKind;
  severity: TAttentionSeverity;
  /** "lon-gw-01 is down". */
  title: string;
  /** "last seen 12 min ago". */
  detail: string;
  /** The item's console page, with ?connection=<id>. */
  href: string;
  /** Since when it needs attention (ISO): the vendor's time where it gives one, else when Patchbay first saw it. */
  since: string | null;
};

/** Whether a connection could be checked; `error` says why not, in words fit for any signed-in role. */
export type TAttentionConnection = {
  id: string;
  name: string;
  state: "ok" | "failed";
  error: string | null;
  checkedAt: string;
};

/** One vendor's connections and what they need. */
export type TAttentionSection = {
  vendor: TVendor;
  connections: TAttentionConnection[];
  items: TAttentionItem[];
};

/** GET /api/attention: a section per vendor that has a connection (sidebar order), and every item worst first. */
export type TAttentionOverview = {
  sections: TAttentionSection[];
  items: TAttentionItem[];
};

/** One connection's evaluation, as it is shared by every viewer for a refresh interval. */
export type TConnectionAttention = { vendor: TVendor; connection: TAttentionConnection; items: TAttentionItem[] };
