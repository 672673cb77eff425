import { AUDIT_COUNT_CAP, countAudit, listAudit, ZAuditQuery } from "@/lib/server/audit";
import { readQuery } from "@/lib/server/http/read-query";
import { withSession } from "@/lib/server/http/with-session";

/**
 * One page of the audit trail, newest first, with how many events the filters match (counted up
 * to 10,000: `totalCapped` says there are more). `nextBefore` asks for the page after this one.
 */
export const GET = withSession("admin", async (req) => {
  const { before, limit, ...filter } = ZAuditQuery.parse(readQuery(req.nextUrl));
  // One more than asked: whether there is a next page, without counting.
  const [rows, total] = await Promise.all([listAudit({ ...filter, before, limit: limit + 1 }), countAudit(filter)]);
  const events = rows.slice(0, limit);
  return Response.json({
    events,
    total: Math.min(total, AUDIT_COUNT_CAP),
    totalCapped: total > AUDIT_COUNT_CAP,
    nextBefore: rows.length > limit ? events.at(-1)!.id : null,
  });
});
