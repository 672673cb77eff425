import { ZAlertEventsQuery } from "@/lib/alerts/event-schemas";
import { listAlertEvents } from "@/lib/server/alerts/alert-events";
import { withSession } from "@/lib/server/http/with-session";

export const GET = withSession("viewer", async (req) => {
  const query = ZAlertEventsQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  return Response.json({ events: await listAlertEvents(query) });
});
