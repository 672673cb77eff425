// The answer of GET /api/search, without zod: the palette imports these types only.
import type { TRole } from "@/lib/role-names";
import type { TVendor } from "@/lib/vendors/vendor-names";

/** What an entry is, in the vendor's words: the palette shows it beside the title. */
export type TSearchKind = "nettica.device" | "acreto.ecosystem" | "acreto.thing" | "provision.block" | "n2n.device" | "megaport.service";

/** One item found in a connection's lists, with the console page that opens it. */
export type TSearchHit = {
  /** Unique within one answer. */
  id: string;
  vendor: TVendor;
  kind: TSearchKind;
  connectionId: string;
  connectionName: string;
  /** "lon-gw-01", "10.0.3.0/24". */
  title: string;
  /** "Linux gateway · 2 VPNs". */
  detail: string;
  /** What the words matched when it is not the title: "endpoint 198.51.100.10:51820". */
  match: string | null;
  href: string;
};

/** One vendor's hits, the first few of `total`. */
export type TSearchGroup = { vendor: TVendor; hits: TSearchHit[]; total: number };

/** A console page or an action on one, offered only to the roles that may use it. */
export type TConsolePage = { title: string; hint: string; href: string; kind: "page" | "action"; role: TRole; keywords: string };

export type TSearchAnswer = {
  query: string;
  pages: TConsolePage[];
  groups: TSearchGroup[];
  /** Connections whose lists have never been read into the index yet: their items may still come. */
  indexing: string[];
  /** Connections whose lists could not be read yet: none of their items can be found. */
  failing: string[];
};

/** How many hits each vendor shows; `total` says how many matched. */
export const SEARCH_HITS_PER_VENDOR = 8;
/** How many hits one vendor shows once the palette is narrowed to it; the most `limit` may ask for. */
export const SEARCH_HITS_ONE_VENDOR = 100;
/** Longer than any name, address or UID an admin would type. */
export const SEARCH_MAX_LENGTH = 100;
