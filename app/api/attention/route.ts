import { attentionOverview } from "@/lib/server/attention/attention-overview";
import { withSession } from "@/lib/server/http/with-session";

/** What needs a person across every connection, worst first, and each vendor's counts. Any signed-in role. */
export const GET = withSession("viewer", async () => Response.json(await attentionOverview()));
