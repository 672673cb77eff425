import { after } from "next/server";
import { z } from "zod";
import { SEARCH_HITS_ONE_VENDOR, SEARCH_HITS_PER_VENDOR, SEARCH_MAX_LENGTH } from "@/lib/search/search-types";
import { readQuery } from "@/lib/server/http/read-query";
import { withSession } from "@/lib/server/http/with-session";
import { searchEverything } from "@/lib/server/search/search-everything";
import { VENDORS } from "@/lib/vendors/vendor-names";

const LIMIT = `limit is a whole number from 1 to ${SEARCH_HITS_ONE_VENDOR}`;

// No control character (NUL, CR…): nothing an admin types, and Postgres refuses NUL in text.
const ZSearchQuery = z.strictObject({
  q: z.string().trim().min(1, "Type something to search for").max(SEARCH_MAX_LENGTH).regex(/^[^\u0000-\u001f\u007f]*$/, "The search contains a control character"),
  vendor: z.enum(VENDORS, { error: `vendor is one of ${VENDORS.join(", ")}` }).optional(),
  limit: z.coerce.number({ error: LIMIT }).int(LIMIT).min(1, LIMIT).max(SEARCH_HITS_ONE_VENDOR, LIMIT).optional(),
}).refine(
  // More than a vendor's usual share only for one vendor: five vendors' hundred each is no palette.
  ({ vendor, limit }) => vendor !== undefined || limit === undefined || limit <= SEARCH_HITS_PER_VENDOR,
  { path: ["limit"], message: `limit is at most ${SEARCH_HITS_PER_VENDOR} without a vendor` },
);

/** The one search across every connection (or one vendor's), from the index; any signed-in role, each item only if the role may open it. */
export const GET = withSession("viewer", async (req, { user }) => {
  const { q, vendor, limit } = ZSearchQuery.parse(readQuery(new URL(req.url)));
  const started = performance.now();
  const { answer, refreshing } = await searchEverything(q, user.role, { vendor, limit });
  keepRunning(refreshing);
  return Response.json(answer, { headers: { "cache-control": "no-store", "server-timing": `search;dur=${(performance.now() - started).toFixed(1)}` } });
});

/** A stale index's refresh goes on after the answer; on Vercel after() keeps the function alive for it. */
function keepRunning(work: Promise<void>): void {
  try {
    after(work);
  } catch {
    // Outside a request's scope (tests) it simply runs on.
  }
}
