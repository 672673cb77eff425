// The answer of GET /api/attention/history, without zod: the overview's history imports these types.
import type { TVendor } from "@/lib/vendors/vendor-names";
import type { TAttentionSeverity } from "./attention-types";

/** The ranges the overview offers, in days. */
export const HISTORY_RANGES = [1, 7, 30, 90] as const;
export const HISTORY_DEFAULT_DAYS = 7;
/** Episodes listed per vendor; the total says how many there were. */
export const HISTORY_PER_VENDOR = 50;

/** One stretch of time an item needed attention. */
export type THistoryEpisode = {
  id: number;
  itemId: string;
  /** "lon-gw-01 is down", as it was titled when it entered. */
  title: string;
  /** The attention kind, or "nettica.vpn_down" (the Nettica monitor). */
  kind: string;
  severity: TAttentionSeverity;
  connectionId: string;
  connectionName: string;
  start: string;
  /** null: it still needs attention. */
  end: string | null;
  href: string | null;
  /** Its rule was muted when it began: no alert went out. */
  muted: boolean;
};

export type THistoryVendor = { vendor: TVendor; total: number; episodes: THistoryEpisode[] };

/** Every vendor asked for (sidebar order), each with its episodes newest first; `since` is the range's start. */
export type TAttentionHistory = { days: number; since: string; vendors: THistoryVendor[] };
