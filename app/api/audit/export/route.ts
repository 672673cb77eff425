import { audit, ZAuditFilter } from "@/lib/server/audit";
import { auditCsvName, auditCsvStream } from "@/lib/server/audit-csv";
import { readQuery } from "@/lib/server/http/read-query";
import { withSession } from "@/lib/server/http/with-session";

/** The audit trail the filters select (the same as /api/audit's, without paging), as a CSV download. */
export const GET = withSession("admin", async (req, { user }) => {
  const filter = ZAuditFilter.parse(readQuery(req.nextUrl));
  const now = new Date();
  const range = { ...filter, to: filter.to ?? now };
  // Who took a copy of the trail, and of what, is itself in the trail.
  await audit({ actor: user, action: "audit.export", details: { from: filter.from?.toISOString() ?? null, to: range.to.toISOString(), action: filter.action, actor: filter.actor, outcome: filter.outcome, q: filter.q } });
  return new Response(auditCsvStream(range), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${auditCsvName(range, now)}"`,
    },
  });
});
