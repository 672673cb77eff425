import { ZHistoryQuery } from "@/lib/attention/history-schemas";
import { attentionHistory } from "@/lib/server/attention/attention-history";
import { getDb } from "@/lib/server/db/client";
import { readQuery } from "@/lib/server/http/read-query";
import { withSession } from "@/lib/server/http/with-session";

/** What needed attention and when, per vendor (?vendor=, ?days= 1–90, default 7). Any signed-in role. */
export const GET = withSession("viewer", async (req) => {
  const query = ZHistoryQuery.parse(readQuery(req.nextUrl));
  return Response.json(await attentionHistory(await getDb(), query));
});
