import { listAudit, ZAuditQuery } from "@/lib/server/audit";
import { withSession } from "@/lib/server/http/with-session";

export const GET = withSession("admin", async (req) => {
  const query = ZAuditQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  return Response.json({ events: await listAudit(query) });
});
